import { type Token, type Tokens } from 'marked';

import { type BlockNoteBlock } from '../types/blocknote-block.type';
import { type CreateBlockId } from '../types/create-block-id.type';
import { createBlocknoteBlock } from './create-blocknote-block.util';
import { getBlockTokenInlineContent } from './get-block-token-inline-content.util';

// `- x`, `1. x`, `- [x] x` → bullet / numbered / check list item; nested
// lists and further paragraphs become children (converted by the caller's
// block converter, passed in to keep modules acyclic).
export const listItemToBlocknote = (
  item: Tokens.ListItem,
  ordered: boolean,
  createId: CreateBlockId,
  convertChildren: (tokens: readonly Token[]) => BlockNoteBlock[],
): BlockNoteBlock => {
  const [first, ...rest] = item.tokens.filter(
    (token) => token.type !== 'checkbox',
  );
  const hasText = first?.type === 'text' || first?.type === 'paragraph';
  const type = item.task
    ? 'checkListItem'
    : ordered
      ? 'numberedListItem'
      : 'bulletListItem';

  return createBlocknoteBlock(
    createId,
    type,
    hasText ? getBlockTokenInlineContent(first) : [],
    item.task ? { checked: item.checked === true } : {},
    () => convertChildren(hasText ? rest : item.tokens),
  );
};
