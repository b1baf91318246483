import { type FieldMetadataType } from '@twenty-mcp/twenty-layout';

import { ORDER_BY_DIRECTIONS } from '../constants/order-by-directions.const';
import { RECORD_COMPOSITE_SUB_FIELDS } from '../constants/record-composite-sub-fields.const';
import { SCHEMA_DEF_NAMES } from '../constants/schema-def-names.const';
import { SORTABLE_VALUE_KINDS } from '../constants/sortable-value-kinds.const';
import { type JsonSchema } from '../types/json-schema.type';
import { defRef } from './def-ref.util';
import { getCompositeDefName } from './get-composite-def-name.util';

// The direction enum and, per composite type, `{ <sub-field>: direction }`
// with exactly one sortable sub-field.
export const buildSharedOrderByDefs = (): Record<string, JsonSchema> => {
  const defs: Record<string, JsonSchema> = {
    [SCHEMA_DEF_NAMES.orderDirection]: {
      type: 'string',
      enum: [...ORDER_BY_DIRECTIONS],
    },
  };

  for (const [type, subFields] of Object.entries(RECORD_COMPOSITE_SUB_FIELDS)) {
    const sortable = subFields.filter((subField) =>
      SORTABLE_VALUE_KINDS.has(subField.kind),
    );

    defs[getCompositeDefName(type as FieldMetadataType, 'OrderBy')] = {
      type: 'object',
      properties: Object.fromEntries(
        sortable.map((subField) => [
          subField.name,
          defRef(SCHEMA_DEF_NAMES.orderDirection),
        ]),
      ),
      minProperties: 1,
      maxProperties: 1,
      additionalProperties: false,
    };
  }

  return defs;
};
