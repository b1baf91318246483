import { TwentyMcpExceptionCode } from '../../../../../domain/exceptions/twenty-mcp-exception-code.enum';
import { expectQueryError } from '../../../../../../test/services/records/utils/expect-query-error.util';
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
    'should fail loudly on text without words, which RecordsService refuses first: %p',
    async (search) => {
      await expectQueryError(
        () => buildSearchQueryText(search),
        TwentyMcpExceptionCode.INTERNAL_ERROR,
        'A search without words reached the query builder',
      );
    },
  );
});
