import { invalidArgument } from '../../../domain/exceptions/utils/invalid-argument.util';
import { splitSearchWords } from '../../../domain/records/utils/split-search-words.util';

// A search as the caller typed it: null when absent or blank, refused when
// it has no word to match.
export const parseSearchText = (search: string | undefined): string | null => {
  if (search === undefined || search.trim() === '') {
    return null;
  }

  if (splitSearchWords(search).length === 0) {
    throw invalidArgument(
      'search needs at least one word made of letters or digits',
    );
  }

  return search;
};
