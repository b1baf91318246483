import { type JsonSchema } from '../types/json-schema.type';
import { type ValueKind } from '../types/value-kind.type';
import { buildKindValueSchema } from './build-kind-value-schema.util';

// What filter operators compare a kind of value with: the written value,
// or one element of it for arrays (`containsAny`).
export const buildKindOperandSchema = ({
  kind,
  options,
}: {
  kind: ValueKind;
  options?: readonly string[];
}): JsonSchema => {
  if (kind === 'dateTime') {
    // The query layer reads a bare date as midnight UTC; say so and accept it.
    return {
      type: 'string',
      anyOf: [{ format: 'date-time' }, { format: 'date' }],
    };
  }

  const value = buildKindValueSchema({ kind, options, mode: 'input' });

  return value.type === 'array' && value.items ? value.items : value;
};
