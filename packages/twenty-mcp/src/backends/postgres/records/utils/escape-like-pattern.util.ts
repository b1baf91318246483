// Plain text for LIKE: `%`, `_` and the escape character itself match
// literally (backslash is PostgreSQL's default LIKE escape).
export const escapeLikePattern = (text: string): string =>
  text.replace(/[\\%_]/g, (character) => `\\${character}`);
