import { tokenizeSql } from './tokenize-sql.util';

// Spellings DDL accepts for the names format_type() prints.
const TYPE_ALIASES: Readonly<Record<string, string>> = {
  int: 'integer',
  int4: 'integer',
  int2: 'smallint',
  int8: 'bigint',
  float4: 'real',
  float8: 'double precision',
  float: 'double precision',
  bool: 'boolean',
  decimal: 'numeric',
  varchar: 'character varying',
  char: 'character',
  timestamptz: 'timestamp with time zone',
  timestamp: 'timestamp without time zone',
  timetz: 'time with time zone',
  time: 'time without time zone',
};

// One spelling per type: identifiers unquoted, `pg_catalog.` dropped (other
// schemas kept, an enum in the wrong schema is the wrong type), aliases
// resolved, typmods and one `[]` per dimension kept.
// `"ws"."t_c_enum"[]`, `ws.t_c_enum[]` → `ws.t_c_enum[]`.
export const normalizeColumnType = (type: string): string => {
  const tokens = tokenizeSql(type);
  let dimensions = 0;

  while (
    tokens.length >= 2 &&
    tokens[tokens.length - 1].text === ']' &&
    (tokens[tokens.length - 2].text === '[' ||
      (tokens[tokens.length - 2].kind === 'number' &&
        tokens[tokens.length - 3]?.text === '['))
  ) {
    tokens.splice(tokens[tokens.length - 2].text === '[' ? -2 : -3);
    dimensions += 1;
  }

  let typmod = '';
  const openParen = tokens.findIndex((token) => token.text === '(');
  const closeParen = tokens.findIndex((token) => token.text === ')');

  if (openParen >= 0 && closeParen > openParen) {
    typmod = `(${tokens
      .slice(openParen + 1, closeParen)
      .filter((token) => token.text !== ',')
      .map((token) => token.text)
      .join(',')})`;
    tokens.splice(openParen, closeParen - openParen + 1);
  }

  // Qualified names are dot-separated; builtin names are space-separated
  // words (`timestamp with time zone`).
  const parts: string[] = [];
  let current: string[] = [];

  for (const token of tokens) {
    if (token.text === '.') {
      parts.push(current.join(' '));
      current = [];
    } else {
      current.push(token.text);
    }
  }
  parts.push(current.join(' '));

  if (parts.length > 1 && parts[0] === 'pg_catalog') {
    parts.shift();
  }

  const name =
    parts.length === 1 ? (TYPE_ALIASES[parts[0]] ?? parts[0]) : parts.join('.');

  // format_type() moves the precision of `timestamp(3) with time zone`
  // after the first word; keep the typmod at the end for both spellings.
  return `${name}${typmod}${'[]'.repeat(dimensions)}`;
};
