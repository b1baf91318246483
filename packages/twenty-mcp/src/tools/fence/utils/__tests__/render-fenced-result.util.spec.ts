import { renderFencedResult } from '../render-fenced-result.util';

const MARKER = /<untrusted-([A-Za-z0-9_-]{8})>/g;

const nonceOf = (text: string): string | undefined =>
  [...text.matchAll(MARKER)][0]?.[1];

describe('renderFencedResult', () => {
  const result = {
    structuredContent: {
      object: 'company',
      records: [{ id: 'c1', name: 'Acme' }],
    },
    fence: {
      properties: { records: { items: { properties: { name: 'text' } } } },
    } as const,
    links: [
      { uri: 'twenty://c1', name: 'company/c1', title: 'Acme' },
      { uri: 'twenty://c2', name: 'company/c2' },
    ],
  };

  it('should fence under a fresh 48-bit nonce per response', () => {
    const nonces = new Set(
      Array.from({ length: 50 }, () =>
        nonceOf(renderFencedResult(result).text),
      ),
    );

    expect(nonces.size).toBe(50);
    for (const nonce of nonces) {
      // 8 base64url characters = 48 bits.
      expect(Buffer.from(nonce!, 'base64url')).toHaveLength(6);
    }
  });

  it('should use one nonce for the text, the link titles and the notice', () => {
    const { text, notice, links } = renderFencedResult(result);
    const nonce = nonceOf(text);

    expect(JSON.parse(text).records[0].name).toBe(
      `<untrusted-${nonce}>Acme</untrusted-${nonce}>`,
    );
    expect(links).toEqual([
      {
        ...result.links[0],
        title: `<untrusted-${nonce}>Acme</untrusted-${nonce}>`,
      },
      result.links[1],
    ]);
    expect(notice).toContain(`<untrusted-${nonce}> and </untrusted-${nonce}>`);
  });

  it('should say nothing and change nothing when there is nothing to fence', () => {
    const { text, notice, links } = renderFencedResult({
      structuredContent: { object: 'company', ids: ['c1'], unchangedIds: [] },
      links: result.links,
    });

    expect(text).toBe('{"object":"company","ids":["c1"],"unchangedIds":[]}');
    expect(notice).toBeNull();
    expect(links).toEqual(result.links);
  });

  it('should leave structuredContent untouched', () => {
    const before = structuredClone(result.structuredContent);

    renderFencedResult(result);

    expect(result.structuredContent).toEqual(before);
  });
});
