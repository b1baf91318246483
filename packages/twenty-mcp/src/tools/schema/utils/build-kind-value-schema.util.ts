import { NUMERIC_STRING_PATTERN } from '../constants/numeric-string-pattern.const';
import { type JsonSchema } from '../types/json-schema.type';
import { type SchemaMode } from '../types/schema-mode.type';
import { type ValueKind } from '../types/value-kind.type';

const optionSchema = (options: readonly string[]): JsonSchema =>
  options.length > 0
    ? { type: 'string', enum: [...options] }
    : { type: 'string' };

// The non-null JSON value of one kind. NUMERIC reads as an exact decimal
// string and accepts a number on writes.
export const buildKindValueSchema = ({
  kind,
  options = [],
  mode,
}: {
  kind: ValueKind;
  options?: readonly string[];
  mode: SchemaMode;
}): JsonSchema => {
  switch (kind) {
    case 'text':
      return { type: 'string' };
    case 'integer':
      return { type: 'integer' };
    case 'number':
      return { type: 'number' };
    case 'numeric':
      return {
        type: mode === 'output' ? 'string' : ['string', 'number'],
        pattern: NUMERIC_STRING_PATTERN,
      };
    case 'boolean':
      return { type: 'boolean' };
    case 'date':
      return { type: 'string', format: 'date' };
    case 'dateTime':
      return { type: 'string', format: 'date-time' };
    case 'uuid':
      return { type: 'string', format: 'uuid' };
    case 'select':
    case 'rating':
      return optionSchema(options);
    case 'multiSelect':
      return { type: 'array', items: optionSchema(options) };
    case 'stringArray':
      return { type: 'array', items: { type: 'string' } };
    case 'json':
      return {};
  }
};
