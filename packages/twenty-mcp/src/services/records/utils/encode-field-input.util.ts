import { FieldMetadataType } from '@twenty-mcp/twenty-layout';

import { invalidArgument } from '../../../domain/exceptions/utils/invalid-argument.util';
import { isCompositeLeafField } from '../../../domain/workspace/utils/is-composite-leaf-field.util';
import { type FieldInputContext } from '../types/field-input-context.type';
import { encodeCompositeInput } from './encode-composite-input.util';
import { encodeRichTextInput } from './encode-rich-text-input.util';
import { encodeScalarInput } from './encode-scalar-input.util';

// One field's API input → its stored value, validated per type.
export const encodeFieldInput = async (
  context: FieldInputContext,
  value: unknown,
): Promise<unknown> => {
  if (value === undefined) {
    throw invalidArgument(
      `"${context.key}" has no value; leave it out or pass null`,
    );
  }

  if (
    value === null &&
    !context.field.isNullable &&
    !isCompositeLeafField(context.field)
  ) {
    throw invalidArgument(`"${context.key}" cannot be null`);
  }

  if (context.field.type === FieldMetadataType.RICH_TEXT) {
    return encodeRichTextInput(context, value);
  }

  return isCompositeLeafField(context.field)
    ? encodeCompositeInput(context, value)
    : encodeScalarInput(context, value);
};
