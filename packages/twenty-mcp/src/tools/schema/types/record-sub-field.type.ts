import { type JsonSchema } from './json-schema.type';
import { type ValueKind } from './value-kind.type';

// A composite sub-field as the record format shows it (not as Twenty stores
// it: CURRENCY has `amount` in units, not `amountMicros`).
export type RecordSubField = {
  name: string;
  kind: ValueKind;
  // Option values when kind is 'select'.
  options?: readonly string[];
  // Never null on output (ACTOR source and name).
  isRequired?: boolean;
  // The list of values after the primary one (additional emails…), which
  // the field's `maxNumberOfValues` setting bounds on writes.
  isAdditionalValues?: boolean;
  // The value's shape when the kind alone does not say it (JSON sub-fields
  // with a known structure), and a stricter shape for writes.
  value?: JsonSchema;
  inputValue?: JsonSchema;
  description?: string;
};
