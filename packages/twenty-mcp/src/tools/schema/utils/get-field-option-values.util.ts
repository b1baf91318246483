import { FieldMetadataType } from '@twenty-mcp/twenty-layout';

import { type FieldSchema } from '../../../domain/workspace/types/workspace-schema.type';
import { RATING_VALUES } from '../constants/rating-values.const';

// Option values of a SELECT, MULTI_SELECT or RATING field in option order
// (the order `gt`/`lt` and sorting follow).
export const getFieldOptionValues = (
  field: Pick<FieldSchema, 'type' | 'options'>,
): string[] => {
  if (field.options && field.options.length > 0) {
    return [...field.options]
      .sort((left, right) => left.position - right.position)
      .map((option) => option.value);
  }

  return field.type === FieldMetadataType.RATING ? [...RATING_VALUES] : [];
};
