import { tokenizeSql } from './tokenize-sql.util';

// The columns an expression reads, among the table's column names, in
// order of first use. A name followed by `(` is a function call.
export const extractReferencedColumnNames = (
  expression: string,
  columnNames: ReadonlySet<string>,
): string[] => {
  const tokens = tokenizeSql(expression);
  const referenced = new Set<string>();

  tokens.forEach((token, index) => {
    const isName =
      token.kind === 'identifier' || token.kind === 'quoted-identifier';

    if (
      isName &&
      columnNames.has(token.text) &&
      tokens[index + 1]?.text !== '('
    ) {
      referenced.add(token.text);
    }
  });

  return [...referenced];
};
