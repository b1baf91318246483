import { computeCompositeColumnName } from '@twenty-mcp/twenty-layout';

import { type EncodedColumn } from '../../../domain/records/types/encoded-column.type';
import { type FieldInputContext } from '../../../domain/records/types/field-input-context.type';
import { invalidArgument } from '../../../domain/exceptions/utils/invalid-argument.util';
import { markdownToBlocknote } from './markdown-to-blocknote.util';

// Markdown → `<f>Markdown` and `<f>Blocknote` (Twenty's editor reads the
// BlockNote JSON, so both must agree).
export const encodeRichTextInput = async (
  { field, key }: FieldInputContext,
  value: unknown,
): Promise<EncodedColumn[]> => {
  if (value !== null && typeof value !== 'string') {
    throw invalidArgument(`"${key}" must be a markdown string`);
  }

  const column = (subFieldName: string) =>
    computeCompositeColumnName({ fieldName: field.name, subFieldName });
  const blocknote =
    value === null ? null : JSON.stringify(await markdownToBlocknote(value));

  return [
    { column: column('markdown'), kind: 'TEXT', enumTypeName: null, value },
    {
      column: column('blocknote'),
      kind: 'TEXT',
      enumTypeName: null,
      value: blocknote,
    },
  ];
};
