import { type SqlToken } from '../types/sql-token.type';
import { tokenizeSql } from './tokenize-sql.util';

// Words that continue a type name after `::` (double precision, timestamp
// with time zone, character varying).
const TYPE_NAME_CONTINUATIONS = new Set([
  'precision',
  'varying',
  'with',
  'without',
  'time',
  'zone',
]);
const NUMERIC_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const ARRAY_ELEMENT_NEEDING_QUOTES = /^$|^null$|[{},"\\\s]/i;

const isName = (token: SqlToken | undefined) =>
  token?.kind === 'identifier' || token?.kind === 'quoted-identifier';

const dropSchemaQualifiers = (tokens: SqlToken[]): SqlToken[] =>
  tokens.filter(
    (token, index) =>
      !(
        isName(token) &&
        tokens[index + 1]?.text === '.' &&
        isName(tokens[index + 2])
      ) &&
      !(
        token.text === '.' &&
        isName(tokens[index - 1]) &&
        isName(tokens[index + 1])
      ),
  );

// Casts only restate the column type, which is compared on its own.
const dropCasts = (tokens: SqlToken[]): SqlToken[] => {
  const kept: SqlToken[] = [];
  let index = 0;

  while (index < tokens.length) {
    if (tokens[index].text !== '::') {
      kept.push(tokens[index]);
      index += 1;
      continue;
    }

    index += 2;

    while (
      tokens[index]?.kind === 'identifier' &&
      TYPE_NAME_CONTINUATIONS.has(tokens[index].text)
    ) {
      index += 1;
    }

    if (tokens[index]?.text === '(') {
      while (index < tokens.length && tokens[index].text !== ')') {
        index += 1;
      }
      index += 1;
    }

    while (tokens[index]?.text === '[') {
      while (index < tokens.length && tokens[index].text !== ']') {
        index += 1;
      }
      index += 1;
    }
  }

  return kept;
};

const canonicalNumber = (text: string): string => {
  const value = Number(text);

  return Number.isFinite(value) ? String(value) : text;
};

const sortKeys = (value: unknown): unknown => {
  if (Array.isArray(value)) {
    return value.map(sortKeys);
  }

  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, item]) => [key, sortKeys(item)]),
    );
  }

  return value;
};

const canonicalJson = (text: string): string | null => {
  if (!/^\s*[[{]/.test(text)) {
    return null;
  }

  try {
    return JSON.stringify(sortKeys(JSON.parse(text)));
  } catch {
    return null;
  }
};

// `-1` and `'-1'` are the same literal.
const mergeUnaryMinus = (tokens: SqlToken[]): SqlToken[] => {
  const merged: SqlToken[] = [];

  for (const token of tokens) {
    const previous = merged[merged.length - 1];
    const isUnary =
      previous?.text === '-' &&
      token.kind === 'number' &&
      (merged.length === 1 ||
        (merged[merged.length - 2].kind === 'symbol' &&
          ![')', ']'].includes(merged[merged.length - 2].text)));

    if (isUnary) {
      merged[merged.length - 1] = { kind: 'number', text: `-${token.text}` };
    } else {
      merged.push(token);
    }
  }

  return merged;
};

const canonicalLiteral = (token: SqlToken): SqlToken => {
  if (token.kind === 'number') {
    return { kind: 'number', text: canonicalNumber(token.text) };
  }

  if (token.kind !== 'string') {
    return token;
  }

  if (NUMERIC_TEXT.test(token.text)) {
    return { kind: 'number', text: canonicalNumber(token.text) };
  }

  if (/^(true|false)$/i.test(token.text)) {
    return { kind: 'identifier', text: token.text.toLowerCase() };
  }

  return { kind: 'string', text: canonicalJson(token.text) ?? token.text };
};

const arrayElement = (token: SqlToken): string =>
  ARRAY_ELEMENT_NEEDING_QUOTES.test(token.text)
    ? `"${token.text.replace(/[\\"]/g, (char) => `\\${char}`)}"`
    : token.text;

// ARRAY['A', 'B'] and '{A,B}' are the same array of literals.
const arrayConstructorsToLiterals = (tokens: SqlToken[]): SqlToken[] => {
  const result: SqlToken[] = [];
  let index = 0;

  while (index < tokens.length) {
    const token = tokens[index];

    if (
      token.kind === 'identifier' &&
      token.text === 'array' &&
      tokens[index + 1]?.text === '['
    ) {
      const elements: SqlToken[] = [];
      let cursor = index + 2;
      let isLiteralList = true;

      while (cursor < tokens.length && tokens[cursor].text !== ']') {
        const element = tokens[cursor];

        const isLiteral =
          element.kind === 'string' ||
          element.kind === 'number' ||
          (element.kind === 'identifier' &&
            /^(true|false)$/.test(element.text));

        if (!isLiteral) {
          isLiteralList = false;
          break;
        }

        elements.push(element);
        cursor += 1;

        if (tokens[cursor]?.text === ',') {
          cursor += 1;
        }
      }

      if (isLiteralList && tokens[cursor]?.text === ']') {
        result.push({
          kind: 'string',
          text: `{${elements.map(arrayElement).join(',')}}`,
        });
        index = cursor + 1;
        continue;
      }
    }

    result.push(token);
    index += 1;
  }

  return result;
};

// pg_get_expr parenthesises every operator; a call's parentheses follow
// its name and are kept.
const dropGroupingParentheses = (tokens: SqlToken[]): SqlToken[] => {
  const dropped = new Set<number>();
  const open: { index: number; isGrouping: boolean }[] = [];

  tokens.forEach((token, index) => {
    if (token.text === '(') {
      open.push({ index, isGrouping: !isName(tokens[index - 1]) });
    } else if (token.text === ')') {
      const match = open.pop();

      if (match?.isGrouping) {
        dropped.add(match.index);
        dropped.add(index);
      }
    }
  });

  return tokens.filter((_, index) => !dropped.has(index));
};

const render = (token: SqlToken): string =>
  token.kind === 'string' ? `'${token.text.replace(/'/g, "''")}'` : token.text;

// A canonical text for a column default, so that what our DDL writes and
// what pg_get_expr prints compare equal when they mean the same value:
// `public.uuid_generate_v4()` ~ `uuid_generate_v4()`, `'true'::boolean` ~
// `true`, `'0'::double precision` ~ `0`, `ARRAY['A', 'B']::"ws"."e"[]` ~
// `ARRAY['A'::ws.e, 'B'::ws.e]`, `CURRENT_TIMESTAMP` ~ `now()`, jsonb key
// order and spacing.
export const normalizeDefaultExpression = (sql: string | null): string => {
  if (sql === null || sql.trim() === '') {
    return '';
  }

  const tokens = dropGroupingParentheses(
    arrayConstructorsToLiterals(
      mergeUnaryMinus(dropCasts(dropSchemaQualifiers(tokenizeSql(sql)))).map(
        canonicalLiteral,
      ),
    ),
  ).flatMap((token): SqlToken[] =>
    token.kind === 'identifier' && token.text === 'current_timestamp'
      ? [
          { kind: 'identifier', text: 'now' },
          { kind: 'symbol', text: '(' },
          { kind: 'symbol', text: ')' },
        ]
      : [token],
  );

  return tokens.map(render).join(' ');
};
