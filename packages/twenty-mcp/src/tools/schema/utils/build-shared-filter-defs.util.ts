import { type FieldMetadataType } from '@twenty-mcp/twenty-layout';

import { RATING_VALUES } from '../constants/rating-values.const';
import { RECORD_COMPOSITE_SUB_FIELDS } from '../constants/record-composite-sub-fields.const';
import { SHARED_FILTER_DEF_NAME_BY_KIND } from '../constants/shared-filter-def-name-by-kind.const';
import { SHARED_VALUE_DEF_NAME_BY_KIND } from '../constants/shared-value-def-name-by-kind.const';
import { type JsonSchema } from '../types/json-schema.type';
import { type ValueKind } from '../types/value-kind.type';
import { buildKindFilterSchema } from './build-kind-filter-schema.util';
import { buildKindOperandSchema } from './build-kind-operand-schema.util';
import { buildValueFilterSchema } from './build-value-filter-schema.util';
import { defRef } from './def-ref.util';
import { getCompositeDefName } from './get-composite-def-name.util';

// Every shared filter def: one per kind whose filter does not depend on
// the field (long operands in their own value def), one per composite type
// (sub-fields nest one level; the actor source enum as "ActorSource").
// A filter schema keeps only those it refers to.
export const buildSharedFilterDefs = (): Record<string, JsonSchema> => {
  let defs: Record<string, JsonSchema> = {};

  for (const [kind, name] of Object.entries(SHARED_FILTER_DEF_NAME_BY_KIND)) {
    const valueKind = kind as ValueKind;
    const valueDefName = SHARED_VALUE_DEF_NAME_BY_KIND[valueKind];
    const operand = buildKindOperandSchema({
      kind: valueKind,
      options: valueKind === 'rating' ? RATING_VALUES : [],
    });

    if (valueDefName) {
      defs[valueDefName] = operand;
    }
    defs[name] = buildKindFilterSchema({
      kind: valueKind,
      operand: valueDefName ? defRef(valueDefName) : operand,
    });
  }

  for (const [type, subFields] of Object.entries(RECORD_COMPOSITE_SUB_FIELDS)) {
    const properties: Record<string, JsonSchema> = {};

    for (const subField of subFields) {
      const entry = buildValueFilterSchema({
        kind: subField.kind,
        options: subField.options,
        valueDefName: getCompositeDefName(
          type as FieldMetadataType,
          subField.name.charAt(0).toUpperCase() + subField.name.slice(1),
        ),
      });

      properties[subField.name] = entry.schema;
      defs = { ...defs, ...entry.defs };
    }

    defs[getCompositeDefName(type as FieldMetadataType, 'Filter')] = {
      type: 'object',
      properties,
      additionalProperties: false,
    };
  }

  return defs;
};
