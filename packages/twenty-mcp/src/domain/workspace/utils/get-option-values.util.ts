import { type FieldSchema } from '../types/workspace-schema.type';

// Option values in option order (the order RATING compares by).
export const getOptionValues = (field: FieldSchema): string[] =>
  [...(field.options ?? [])]
    .sort((left, right) => left.position - right.position)
    .map((option) => option.value);
