import { tokenizeSql } from '../tokenize-sql.util';

describe('tokenizeSql', () => {
  it('should unescape string literals and quoted identifiers', () => {
    expect(tokenizeSql(`'it''s' "say ""hi"""`)).toEqual([
      { kind: 'string', text: "it's" },
      { kind: 'quoted-identifier', text: 'say "hi"' },
    ]);
  });

  it('should fold bare identifiers to lower case but not quoted ones', () => {
    expect(tokenizeSql('CURRENT_TIMESTAMP "createdAt"')).toEqual([
      { kind: 'identifier', text: 'current_timestamp' },
      { kind: 'quoted-identifier', text: 'createdAt' },
    ]);
  });

  it('should keep casts, operators and numbers whole', () => {
    expect(
      tokenizeSql(`(a || 'b')::text[] + 1.5e3`).map(({ text }) => text),
    ).toEqual(['(', 'a', '||', 'b', ')', '::', 'text', '[', ']', '+', '1.5e3']);
  });

  it('should refuse an unterminated literal', () => {
    expect(() => tokenizeSql(`'open`)).toThrow('Unterminated');
  });
});
