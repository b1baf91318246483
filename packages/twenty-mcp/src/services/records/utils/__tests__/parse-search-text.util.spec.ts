import { TwentyMcpExceptionCode } from '../../../../domain/exceptions/twenty-mcp-exception-code.enum';
import { expectQueryError } from '../../../../../test/services/records/utils/expect-query-error.util';
import { parseSearchText } from '../parse-search-text.util';

describe('parseSearchText', () => {
  it('should keep the caller’s words as typed', () => {
    expect(parseSearchText('Zoë  Ñúñez')).toBe('Zoë  Ñúñez');
  });

  it('should read absent and blank text as no search', () => {
    expect(parseSearchText(undefined)).toBeNull();
    expect(parseSearchText('   ')).toBeNull();
  });

  it.each([['&|!()'], ['--- ...']])(
    'should reject text without words: %p',
    async (search) => {
      await expectQueryError(
        () => parseSearchText(search),
        TwentyMcpExceptionCode.INVALID_ARGUMENT,
        'search needs at least one word made of letters or digits',
      );
    },
  );
});
