import { type JsonSchema } from '../types/json-schema.type';
import { type RecordSubField } from '../types/record-sub-field.type';
import { type SchemaMode } from '../types/schema-mode.type';
import { buildKindValueSchema } from './build-kind-value-schema.util';
import { withDescription } from './with-description.util';
import { withNull } from './with-null.util';

// One composite sub-field's value; null unless the sub-field is required.
export const buildSubFieldValueSchema = ({
  subField,
  mode,
}: {
  subField: RecordSubField;
  mode: SchemaMode;
}): JsonSchema => {
  const base =
    (mode === 'input' ? subField.inputValue : undefined) ??
    subField.value ??
    buildKindValueSchema({
      kind: subField.kind,
      options: subField.options,
      mode,
    });

  return withDescription(
    subField.isRequired ? base : withNull(base),
    subField.description,
  );
};
