import { TwentyMcpExceptionCode } from '../../../../domain/exceptions/twenty-mcp-exception-code.enum';
import { buildQueryTestContext } from '../../../../../test/services/records/utils/build-query-test-context.util';
import { expectQueryError } from '../../../../../test/services/records/utils/expect-query-error.util';
import { parseObjectSearch } from '../parse-object-search.util';
import { requireSearchWords } from '../require-search-words.util';

const context = buildQueryTestContext();
const person = context.target('person').object;

describe('parseObjectSearch', () => {
  it('should keep the caller’s words as typed', () => {
    expect(parseObjectSearch(person, 'Zoë  Ñúñez')).toBe('Zoë  Ñúñez');
  });

  it('should read absent and blank text as no search', () => {
    expect(parseObjectSearch(person, undefined)).toBeNull();
    expect(parseObjectSearch(person, '   ')).toBeNull();
  });

  it.each([['&|!()'], ['--- ...']])(
    'should reject text without words: %p',
    async (search) => {
      await expectQueryError(
        () => parseObjectSearch(person, search),
        TwentyMcpExceptionCode.INVALID_ARGUMENT,
        'search needs at least one word made of letters or digits',
      );
    },
  );

  it('should refuse to search an object without a search vector', async () => {
    // Every demo object is searchable; custom objects made before Twenty
    // added search vectors are not.
    const object = {
      ...person,
      fields: person.fields.filter((field) => field.name !== 'searchVector'),
    };

    await expectQueryError(
      () => parseObjectSearch(object, 'acme'),
      TwentyMcpExceptionCode.INVALID_ARGUMENT,
      'cannot be searched',
    );
  });
});

describe('requireSearchWords', () => {
  it.each([[''], ['   '], ['&|!()']])(
    'should reject text without words: %p',
    async (text) => {
      await expectQueryError(
        () => requireSearchWords(text),
        TwentyMcpExceptionCode.INVALID_ARGUMENT,
        'search needs at least one word made of letters or digits',
      );
    },
  );

  it('should keep text with words as typed', () => {
    expect(requireSearchWords(' acme ')).toBe(' acme ');
  });
});
