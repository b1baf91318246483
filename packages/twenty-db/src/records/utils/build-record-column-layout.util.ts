import {
  COMPOSITE_TYPE_DEFINITIONS,
  computeCompositeColumnName,
  computeTableName,
  FieldMetadataType,
} from '@twenty-mcp/twenty-layout';

import { type WorkspaceObject } from '../../metadata/types/workspace-metadata.type';
import {
  getJoinColumnName,
  isRelationField,
} from '../../workspace-schema/utils/get-join-column-name.util';
import { type RecordColumnLayout } from '../types/record-column-layout.type';

const JSONB_TYPES = new Set([
  FieldMetadataType.RAW_JSON,
  FieldMetadataType.FILES,
]);

export const buildRecordColumnLayout = (
  object: WorkspaceObject,
): RecordColumnLayout => {
  const layout: RecordColumnLayout = {
    tableName: computeTableName(object),
    compositeColumns: new Map(),
    plainColumns: new Set(),
    jsonbColumns: new Set(),
    generatedColumns: new Set(),
  };

  for (const field of object.fields) {
    const properties = COMPOSITE_TYPE_DEFINITIONS[field.type];

    if (isRelationField(field)) {
      const joinColumnName = getJoinColumnName(field);

      if (joinColumnName) {
        layout.plainColumns.add(joinColumnName);
      }
    } else if (properties) {
      const columns = new Map<string, string>();

      for (const property of properties) {
        const column = computeCompositeColumnName({
          fieldName: field.name,
          subFieldName: property.name,
        });

        columns.set(property.name, column);

        if (JSONB_TYPES.has(property.type)) {
          layout.jsonbColumns.add(column);
        }
      }

      layout.compositeColumns.set(field.name, columns);
    } else if (field.type === FieldMetadataType.TS_VECTOR) {
      layout.generatedColumns.add(field.name);
    } else {
      layout.plainColumns.add(field.name);

      if (JSONB_TYPES.has(field.type)) {
        layout.jsonbColumns.add(field.name);
      }
    }
  }

  return layout;
};
