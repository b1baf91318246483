import { invalidArgument } from '../../../domain/exceptions/utils/invalid-argument.util';
import { type FieldInputContext } from '../types/field-input-context.type';
import { markdownToBlocknote } from './markdown-to-blocknote.util';

// Markdown → `{ markdown, blocknote }` (Twenty's editor reads the BlockNote
// JSON, so both must agree).
export const encodeRichTextInput = async (
  { key }: FieldInputContext,
  value: unknown,
): Promise<{ markdown: string | null; blocknote: string | null }> => {
  if (value !== null && typeof value !== 'string') {
    throw invalidArgument(`"${key}" must be a markdown string`);
  }

  return {
    markdown: value,
    blocknote:
      value === null ? null : JSON.stringify(await markdownToBlocknote(value)),
  };
};
