// Bare identifiers are folded to lower case, as Postgres does; string and
// quoted identifier texts are unescaped.
export type SqlToken = {
  kind: 'string' | 'identifier' | 'quoted-identifier' | 'number' | 'symbol';
  text: string;
};
