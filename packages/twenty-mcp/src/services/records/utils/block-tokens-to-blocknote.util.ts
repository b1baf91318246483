import { type Token, type Tokens } from 'marked';

import {
  type BlockNoteBlock,
  type BlockNoteInline,
} from '../types/blocknote-block.type';
import { type CreateBlockId } from '../types/create-block-id.type';
import { createBlocknoteBlock } from './create-blocknote-block.util';
import { getBlockTokenInlineContent } from './get-block-token-inline-content.util';
import { listItemToBlocknote } from './list-item-to-blocknote.util';

const NEWLINE: BlockNoteInline = { type: 'text', text: '\n', styles: {} };

// marked block tokens → BlockNote blocks: headings 1–3, paragraphs,
// bullet / numbered / check list items (nested), quotes, code blocks.
export const blockTokensToBlocknote = (
  tokens: readonly Token[],
  createId: CreateBlockId,
): BlockNoteBlock[] =>
  tokens.flatMap((token): BlockNoteBlock[] => {
    const content = () => getBlockTokenInlineContent(token);

    switch (token.type) {
      case 'heading':
        return [
          createBlocknoteBlock(createId, 'heading', content(), {
            level: Math.min(token.depth, 3),
          }),
        ];
      case 'list':
        return (token as Tokens.List).items.map((item) =>
          listItemToBlocknote(item, token.ordered, createId, (children) =>
            blockTokensToBlocknote(children, createId),
          ),
        );
      case 'blockquote':
        // Quote paragraphs join into one quote block, line by line.
        return [
          createBlocknoteBlock(
            createId,
            'quote',
            (token as Tokens.Blockquote).tokens
              .map(getBlockTokenInlineContent)
              .flatMap((inline, index) =>
                index === 0 ? inline : [NEWLINE, ...inline],
              ),
          ),
        ];
      case 'code':
        return [
          {
            id: createId(),
            type: 'codeBlock',
            props: { language: token.lang || 'text' },
            content: token.text
              ? [{ type: 'text', text: token.text, styles: {} }]
              : [],
            children: [],
          },
        ];
      case 'space':
      case 'hr':
      case 'def':
        return [];
      default:
        // Paragraphs, and tables or raw HTML kept as plain text.
        return [createBlocknoteBlock(createId, 'paragraph', content())];
    }
  });
