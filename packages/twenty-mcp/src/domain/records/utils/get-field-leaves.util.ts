import { FieldMetadataType } from '@twenty-mcp/twenty-layout';

import { type FieldSchema } from '../../workspace/types/workspace-schema.type';
import { getOptionValues } from '../../workspace/utils/get-option-values.util';
import { isHiddenField } from '../../workspace/utils/is-hidden-field.util';
import { isManyToOneField } from '../../workspace/utils/is-many-to-one-field.util';
import { VALUE_KIND_BY_FIELD_TYPE } from '../constants/value-kind-by-field-type.const';
import { type FieldLeaf } from '../types/field-leaf.type';
import { getCompositeFieldLeaves } from './get-composite-field-leaves.util';

const ENUM_KINDS = new Set(['SELECT', 'RATING', 'MULTI_SELECT']);

// The values of a field that filters, sorts and aggregates can address.
// Empty for one-to-many relations and hidden fields.
export const getFieldLeaves = (field: FieldSchema): FieldLeaf[] => {
  const base = { field, isRelation: false, options: null, property: null };

  if (isHiddenField(field)) {
    return [];
  }

  if (field.relation) {
    return isManyToOneField(field)
      ? [{ ...base, subField: null, kind: 'UUID', isRelation: true }]
      : [];
  }

  if (field.type === FieldMetadataType.RICH_TEXT) {
    // Filters and sorts apply to the markdown, never to the BlockNote JSON.
    return [{ ...base, subField: null, property: 'markdown', kind: 'TEXT' }];
  }

  const simpleKind = VALUE_KIND_BY_FIELD_TYPE[field.type];

  if (simpleKind) {
    return [
      {
        ...base,
        subField: null,
        kind: simpleKind,
        options: ENUM_KINDS.has(simpleKind) ? getOptionValues(field) : null,
      },
    ];
  }

  return getCompositeFieldLeaves(field);
};
