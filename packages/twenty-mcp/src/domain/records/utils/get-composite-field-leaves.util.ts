import {
  COMPOSITE_TYPE_DEFINITIONS,
  FieldMetadataType,
} from '@twenty-mcp/twenty-layout';

import { type FieldSchema } from '../../workspace/types/workspace-schema.type';
import { VALUE_KIND_BY_COMPOSITE_PROPERTY_TYPE } from '../constants/value-kind-by-composite-property-type.const';
import { type FieldLeaf } from '../types/field-leaf.type';

// One leaf per sub-field of a composite field, in Twenty's property order.
export const getCompositeFieldLeaves = (field: FieldSchema): FieldLeaf[] =>
  (COMPOSITE_TYPE_DEFINITIONS[field.type] ?? []).flatMap(
    (property): FieldLeaf[] => {
      const isAmount =
        field.type === FieldMetadataType.CURRENCY &&
        property.name === 'amountMicros';
      const kind = isAmount
        ? 'CURRENCY_AMOUNT'
        : VALUE_KIND_BY_COMPOSITE_PROPERTY_TYPE[property.type];

      if (!kind) {
        return [];
      }

      return [
        {
          field,
          // The API speaks currency units, so the sub-field is `amount`.
          subField: isAmount ? 'amount' : property.name,
          property: property.name,
          kind,
          options: property.options ? [...property.options] : null,
          isRelation: false,
        },
      ];
    },
  );
