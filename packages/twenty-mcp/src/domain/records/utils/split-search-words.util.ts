// Characters kept inside a word: letters, digits and what emails, domains
// and phone numbers contain. Everything else (tsquery syntax included:
// & | ! ( ) : * < > ' \) separates words.
const WORD_SEPARATOR = /[^\p{L}\p{N}@._+-]+/u;
const EDGE_PUNCTUATION = /^[._-]+|[._-]+$/g;

// Free text → the words a search matches as prefixes, accents and case
// dropped (Twenty's searchVector is unaccented too). Words without a
// letter or digit are left out.
export const splitSearchWords = (search: string): string[] =>
  search
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(WORD_SEPARATOR)
    .map((word) => word.replace(EDGE_PUNCTUATION, ''))
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
