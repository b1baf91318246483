import { invalidArgument } from '../../../../domain/exceptions/utils/invalid-argument.util';

// Characters kept inside a word: letters, digits and what emails, domains
// and phone numbers contain. Everything else (tsquery syntax included:
// & | ! ( ) : * < > ' \) separates words.
const WORD_SEPARATOR = /[^\p{L}\p{N}@._+-]+/u;
const EDGE_PUNCTUATION = /^[._-]+|[._-]+$/g;

// Free text → `word1:* & word2:*`: every word must match as a prefix,
// accents and case ignored (the searchVector is unaccented too).
export const buildSearchQueryText = (search: string): string => {
  const words = search
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(WORD_SEPARATOR)
    .map((word) => word.replace(EDGE_PUNCTUATION, ''))
    .filter((word) => /[\p{L}\p{N}]/u.test(word));

  if (words.length === 0) {
    throw invalidArgument(
      'search needs at least one word made of letters or digits',
    );
  }

  return words.map((word) => `${word}:*`).join(' & ');
};
