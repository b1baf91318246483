import { type Token } from 'marked';

import { type BlockNoteInline } from '../types/blocknote-block.type';
import { inlineTokensToBlocknote } from './inline-tokens-to-blocknote.util';

// The inline content of a block token; tokens without inline children
// keep their raw text.
export const getBlockTokenInlineContent = (token: Token): BlockNoteInline[] =>
  inlineTokensToBlocknote(
    'tokens' in token && token.tokens
      ? token.tokens
      : [{ type: 'text', raw: token.raw, text: token.raw.trim() }],
  );
