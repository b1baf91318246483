import { TwentyMcpException } from '../../../../domain/exceptions/twenty-mcp.exception';
import { TwentyMcpExceptionCode } from '../../../../domain/exceptions/twenty-mcp-exception-code.enum';
import { splitSearchWords } from '../../../../domain/records/utils/split-search-words.util';

// Free text → `word1:* & word2:*`: every word must match as a prefix.
export const buildSearchQueryText = (search: string): string => {
  const words = splitSearchWords(search);

  if (words.length === 0) {
    // RecordsService refuses such searches before they get here.
    throw new TwentyMcpException(
      'A search without words reached the query builder',
      TwentyMcpExceptionCode.INTERNAL_ERROR,
    );
  }

  return words.map((word) => `${word}:*`).join(' & ');
};
