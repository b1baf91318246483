import { FieldMetadataType } from '@twenty-mcp/twenty-layout';

import { type EncodedColumn } from '../../../domain/records/types/encoded-column.type';
import { type FieldInputContext } from '../../../domain/records/types/field-input-context.type';
import { encodeCompositeInput } from './encode-composite-input.util';
import { encodeRichTextInput } from './encode-rich-text-input.util';
import { encodeScalarInput } from './encode-scalar-input.util';
import { invalidArgument } from '../../../domain/exceptions/utils/invalid-argument.util';
import { isCompositeLeafField } from '../../../domain/workspace/utils/is-composite-leaf-field.util';

// One field's API input → its column values, validated per type.
export const encodeFieldInput = async (
  context: FieldInputContext,
  value: unknown,
): Promise<EncodedColumn[]> => {
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
    : [encodeScalarInput(context, value)];
};
