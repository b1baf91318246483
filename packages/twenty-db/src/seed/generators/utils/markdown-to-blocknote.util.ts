type InlineText = {
  type: 'text';
  text: string;
  styles: Record<string, boolean>;
};

type Block = {
  id: string;
  type: string;
  props: Record<string, unknown>;
  content: InlineText[];
  children: [];
};

const PROPS = {
  textColor: 'default',
  backgroundColor: 'default',
  textAlignment: 'left',
};

const text = (value: string): InlineText[] =>
  value
    .split(/(\*\*[^*]+\*\*)/)
    .filter(Boolean)
    .map((part): InlineText => {
      const isBold = part.startsWith('**');

      return {
        type: 'text',
        text: isBold ? part.slice(2, -2) : part,
        styles: isBold ? { bold: true } : {},
      };
    });

// RICH_TEXT keeps both renderings: markdown for search and the API, and the
// BlockNote document the editor loads. Seeds only use headings, bullets and
// paragraphs, so this covers exactly those.
export const markdownToBlocknote = (
  markdown: string,
  idPrefix: string,
): string => {
  const blocks: Block[] = markdown
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const id = `${idPrefix}-${index}`;
      const heading = /^(#{1,3}) (.*)$/.exec(line);

      if (heading) {
        return {
          id,
          type: 'heading',
          props: { ...PROPS, level: heading[1].length },
          content: text(heading[2]),
          children: [],
        };
      }

      if (line.startsWith('- ')) {
        return {
          id,
          type: 'bulletListItem',
          props: PROPS,
          content: text(line.slice(2)),
          children: [],
        };
      }

      return {
        id,
        type: 'paragraph',
        props: PROPS,
        content: text(line),
        children: [],
      };
    });

  return JSON.stringify(blocks);
};
