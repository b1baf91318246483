import { type SqlToken } from '../types/sql-token.type';

const WHITESPACE = /\s/;
const WORD = /^[A-Za-z_\u0080-\uffff][A-Za-z0-9_$\u0080-\uffff]*/;
const NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/;
const OPERATOR = /^[+\-*/<>=~!@#%^&|`?]+/;

const readQuoted = (
  sql: string,
  start: number,
  quote: string,
): { text: string; end: number } => {
  let text = '';
  let position = start + 1;

  while (position < sql.length) {
    if (sql[position] === quote) {
      if (sql[position + 1] === quote) {
        text += quote;
        position += 2;
        continue;
      }

      return { text, end: position + 1 };
    }

    text += sql[position];
    position += 1;
  }

  throw new Error(`Unterminated ${quote} in SQL: ${sql}`);
};

// Just enough of Postgres' lexer to compare the expressions pg_get_expr
// prints with the ones our DDL writes; no dollar quoting or comments, which
// neither side produces.
export const tokenizeSql = (sql: string): SqlToken[] => {
  const tokens: SqlToken[] = [];
  let position = 0;

  while (position < sql.length) {
    const char = sql[position];
    const rest = sql.slice(position);

    if (WHITESPACE.test(char)) {
      position += 1;
    } else if (char === "'") {
      const { text, end } = readQuoted(sql, position, "'");

      tokens.push({ kind: 'string', text });
      position = end;
    } else if (char === '"') {
      const { text, end } = readQuoted(sql, position, '"');

      tokens.push({ kind: 'quoted-identifier', text });
      position = end;
    } else if (NUMBER.test(rest)) {
      const [text] = NUMBER.exec(rest)!;

      tokens.push({ kind: 'number', text });
      position += text.length;
    } else if (WORD.test(rest)) {
      const [text] = WORD.exec(rest)!;

      tokens.push({ kind: 'identifier', text: text.toLowerCase() });
      position += text.length;
    } else if (rest.startsWith('::')) {
      tokens.push({ kind: 'symbol', text: '::' });
      position += 2;
    } else if (OPERATOR.test(rest)) {
      const [text] = OPERATOR.exec(rest)!;

      tokens.push({ kind: 'symbol', text });
      position += text.length;
    } else {
      tokens.push({ kind: 'symbol', text: char });
      position += 1;
    }
  }

  return tokens;
};
