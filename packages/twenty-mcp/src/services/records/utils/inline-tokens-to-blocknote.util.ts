import { type Token } from 'marked';

import {
  type BlockNoteInline,
  type BlockNoteStyledText,
  type BlockNoteStyles,
} from '../types/blocknote-block.type';

const STYLE_BY_TOKEN: Record<string, keyof BlockNoteStyles> = {
  strong: 'bold',
  em: 'italic',
  del: 'strike',
};

// marked inline tokens → BlockNote inline content: styled text and links,
// styles accumulated through nesting (`**bold _both_**`).
export const inlineTokensToBlocknote = (
  tokens: readonly Token[],
  styles: BlockNoteStyles = {},
): BlockNoteInline[] =>
  tokens.flatMap((token): BlockNoteInline[] => {
    const text = (
      value: string,
      extra: BlockNoteStyles = {},
    ): BlockNoteStyledText[] =>
      value === ''
        ? []
        : [{ type: 'text', text: value, styles: { ...styles, ...extra } }];
    const style = STYLE_BY_TOKEN[token.type];

    if (style && 'tokens' in token && token.tokens) {
      return inlineTokensToBlocknote(token.tokens, {
        ...styles,
        [style]: true,
      });
    }

    switch (token.type) {
      case 'text':
        return token.tokens?.length
          ? inlineTokensToBlocknote(token.tokens, styles)
          : text(token.text);
      case 'codespan':
        return text(token.text, { code: true });
      case 'link':
        return [
          {
            type: 'link',
            href: token.href,
            content: inlineTokensToBlocknote(
              token.tokens ?? [],
              styles,
            ).flatMap((inline) =>
              inline.type === 'text' ? [inline] : inline.content,
            ),
          },
        ];
      case 'br':
        return text('\n');
      case 'image':
        return text(token.text || token.href);
      default:
        // escape, html and anything newer: keep the characters.
        return 'text' in token && typeof token.text === 'string'
          ? text(token.text)
          : [];
    }
  });
