import { TwentyMcpExceptionCode } from '../../../../../domain/exceptions/twenty-mcp-exception-code.enum';
import { expectQueryError } from '../../../../../../test/query/utils/expect-query-error.util';
import { buildSearchQueryText } from '../build-search-query-text.util';

describe('buildSearchQueryText', () => {
  it('should make every word a lower-case prefix, all required', () => {
    expect(buildSearchQueryText('Acme  Corp')).toBe('acme:* & corp:*');
  });

  it('should remove accents', () => {
    expect(buildSearchQueryText('Zoë Ñúñez')).toBe('zoe:* & nunez:*');
  });

  it('should keep emails, domains and phone prefixes whole', () => {
    expect(
      buildSearchQueryText(
        'armand.runte@gerlach-okuneva.com +1 gerlach-okuneva.com.',
      ),
    ).toBe('armand.runte@gerlach-okuneva.com:* & +1:* & gerlach-okuneva.com:*');
  });

  it('should strip tsquery syntax so input cannot build operators', () => {
    expect(buildSearchQueryText("a:* | !b & (c) <-> 'd' \\e")).toBe(
      'a:* & b:* & c:* & d:* & e:*',
    );
  });

  it.each([['   '], ['&|!()'], ['--- ...']])(
    'should reject text without words: %p',
    async (search) => {
      await expectQueryError(
        () => buildSearchQueryText(search),
        TwentyMcpExceptionCode.INVALID_ARGUMENT,
        'search needs at least one word made of letters or digits',
      );
    },
  );
});
