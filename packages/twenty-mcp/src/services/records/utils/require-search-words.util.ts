import { invalidArgument } from '../../../domain/exceptions/utils/invalid-argument.util';
import { splitSearchWords } from '../../../domain/records/utils/split-search-words.util';

// Search text as the caller typed it, refused when it has no word to match
// (blank text included).
export const requireSearchWords = (text: string): string => {
  if (splitSearchWords(text).length === 0) {
    throw invalidArgument(
      'search needs at least one word made of letters or digits',
    );
  }

  return text;
};
