import { randomUUID } from 'node:crypto';

import { type BlockNoteBlock } from '../types/blocknote-block.type';
import { blockTokensToBlocknote } from './block-tokens-to-blocknote.util';
import { loadMarked } from './load-marked.util';

// Markdown → the BlockNote document Twenty keeps next to it (its editor
// reads the BlockNote side). An empty text is one empty paragraph, as the
// editor itself would store it.
export const markdownToBlocknote = async (
  markdown: string,
  createId: () => string = randomUUID,
): Promise<BlockNoteBlock[]> => {
  const { Lexer } = await loadMarked();
  const blocks = blockTokensToBlocknote(
    new Lexer({ gfm: true }).lex(markdown),
    createId,
  );

  return blocks.length > 0
    ? blocks
    : blockTokensToBlocknote(
        [{ type: 'paragraph', raw: '', text: '', tokens: [] }],
        createId,
      );
};
