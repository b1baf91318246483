// Plain text for a like / ilike filter: `%`, `_` and the escape character
// itself match literally (backslash, PostgreSQL's default LIKE escape).
export const escapeLikePattern = (text: string): string =>
  text.replace(/[\\%_]/g, (character) => `\\${character}`);
