import { markdownToBlocknote } from '../markdown-to-blocknote.util';

const sequentialIds = () => {
  let next = 0;

  return () => `block-${next++}`;
};

describe('markdownToBlocknote', () => {
  it('should convert every supported block and inline style', async () => {
    const markdown = [
      '# Title',
      '## Section',
      '### Sub-section',
      '#### Deeper (shown as level 3)',
      '',
      'Text with **bold**, _italic_, ***both***, `code`, ~~gone~~ and a [**link**](https://twenty.com?a=1&b=2).',
      '',
      '- bullet one',
      '- bullet two',
      '  - nested bullet',
      '',
      '1. first',
      '2. second',
      '',
      '- [ ] to do',
      '- [x] done',
      '',
      '> quoted **text**',
      '> on two lines',
      '',
      '```ts',
      'const a = 1 < 2;',
      '```',
    ].join('\n');

    expect(
      await markdownToBlocknote(markdown, sequentialIds()),
    ).toMatchSnapshot();
  });

  it('should give BlockNote default props and text styles', async () => {
    expect(
      await markdownToBlocknote('Hello **world**', sequentialIds()),
    ).toEqual([
      {
        id: 'block-0',
        type: 'paragraph',
        props: {
          textColor: 'default',
          backgroundColor: 'default',
          textAlignment: 'left',
        },
        content: [
          { type: 'text', text: 'Hello ', styles: {} },
          { type: 'text', text: 'world', styles: { bold: true } },
        ],
        children: [],
      },
    ]);
  });

  it('should store an empty text as one empty paragraph', async () => {
    expect(await markdownToBlocknote('', sequentialIds())).toEqual([
      {
        id: 'block-0',
        type: 'paragraph',
        props: {
          textColor: 'default',
          backgroundColor: 'default',
          textAlignment: 'left',
        },
        content: [],
        children: [],
      },
    ]);
  });

  it('should use fresh uuids by default', async () => {
    const [block] = await markdownToBlocknote('x');

    expect(block.id).toMatch(/^[0-9a-f-]{36}$/);
  });
});
