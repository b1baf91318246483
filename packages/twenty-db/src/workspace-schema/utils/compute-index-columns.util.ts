import {
  COMPOSITE_TYPE_DEFINITIONS,
  computeCompositeColumnName,
} from '@twenty-mcp/twenty-layout';

import { type FieldMetadataRow } from '../../metadata/types/field-metadata-row.type';
import { type IndexFieldMetadataRow } from '../../metadata/types/index-field-metadata-row.type';
import { getJoinColumnName } from './get-join-column-name.util';

type IndexColumns = {
  // What the index name hashes: field names, join columns, sub-columns.
  nameKeys: string[];
  // What the physical index covers.
  columnNames: string[];
};

// A composite field without a sub-field covers every sub-column that is part
// of its unique constraint (EMAILS → emailsPrimaryEmail).
export const computeIndexColumns = ({
  indexFields,
  fieldsById,
}: {
  indexFields: IndexFieldMetadataRow[];
  fieldsById: Map<string, FieldMetadataRow>;
}): IndexColumns => {
  const ordered = [...indexFields].sort((a, b) => a.order - b.order);
  const nameKeys: string[] = [];
  const columnNames: string[] = [];

  for (const indexField of ordered) {
    const field = fieldsById.get(indexField.fieldMetadataId);

    if (!field) {
      throw new Error(
        `Index field ${indexField.id} points at unknown field ${indexField.fieldMetadataId}`,
      );
    }

    const joinColumnName = getJoinColumnName(field);
    const compositeProperties = COMPOSITE_TYPE_DEFINITIONS[field.type];

    if (joinColumnName) {
      nameKeys.push(joinColumnName);
      columnNames.push(joinColumnName);
    } else if (compositeProperties && indexField.subFieldName) {
      const columnName = computeCompositeColumnName({
        fieldName: field.name,
        subFieldName: indexField.subFieldName,
      });

      nameKeys.push(columnName);
      columnNames.push(columnName);
    } else if (compositeProperties) {
      nameKeys.push(field.name);
      columnNames.push(
        ...compositeProperties
          .filter((property) => property.isIncludedInUniqueConstraint)
          .map((property) =>
            computeCompositeColumnName({
              fieldName: field.name,
              subFieldName: property.name,
            }),
          ),
      );
    } else {
      nameKeys.push(field.name);
      columnNames.push(field.name);
    }
  }

  return { nameKeys, columnNames };
};
