import {
  computeCompositeColumnName,
  computePostgresEnumName,
  FieldMetadataType,
} from '@twenty-mcp/twenty-layout';

import {
  type FieldSchema,
  type ObjectSchema,
} from '../../workspace/types/workspace-schema.type';
import { VALUE_KIND_BY_FIELD_TYPE } from '../constants/value-kind-by-field-type.const';
import { type FieldLeaf } from '../types/field-leaf.type';
import { getCompositeFieldLeaves } from './get-composite-field-leaves.util';
import { getOptionValues } from '../../workspace/utils/get-option-values.util';
import { isHiddenField } from '../../workspace/utils/is-hidden-field.util';
import { isManyToOneField } from '../../workspace/utils/is-many-to-one-field.util';

const ENUM_KINDS = new Set(['SELECT', 'RATING', 'MULTI_SELECT']);

// The values of a field that filters, sorts and aggregates can address.
// Empty for one-to-many relations and hidden fields.
export const getFieldLeaves = (
  object: ObjectSchema,
  field: FieldSchema,
): FieldLeaf[] => {
  const enumTypeName = (column: string) =>
    computePostgresEnumName({
      tableName: object.tableName,
      columnName: column,
    });
  const base = { field, isRelation: false, options: null, enumTypeName: null };

  if (isHiddenField(field)) {
    return [];
  }

  if (field.relation) {
    return isManyToOneField(field)
      ? [
          {
            ...base,
            subField: null,
            column: field.relation.joinColumnName,
            kind: 'UUID',
            isRelation: true,
          },
        ]
      : [];
  }

  if (field.type === FieldMetadataType.RICH_TEXT) {
    // Filters and sorts apply to the markdown, never to the BlockNote JSON.
    const column = computeCompositeColumnName({
      fieldName: field.name,
      subFieldName: 'markdown',
    });

    return [{ ...base, subField: null, column, kind: 'TEXT' }];
  }

  const simpleKind = VALUE_KIND_BY_FIELD_TYPE[field.type];

  if (simpleKind) {
    const isEnum = ENUM_KINDS.has(simpleKind);

    return [
      {
        ...base,
        subField: null,
        column: field.name,
        kind: simpleKind,
        options: isEnum ? getOptionValues(field) : null,
        enumTypeName: isEnum ? enumTypeName(field.name) : null,
      },
    ];
  }

  return getCompositeFieldLeaves(object, field);
};
