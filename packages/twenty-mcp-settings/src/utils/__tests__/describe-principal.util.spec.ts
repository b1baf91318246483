import { describe, expect, it } from 'vitest';

import { describePrincipal } from '../describe-principal.util';

describe('describePrincipal', () => {
  const tokenNames = new Map([['token-claude', 'Claude Desktop']]);

  it('should name a known MCP token by its name', () => {
    expect(describePrincipal('mcpToken', 'token-claude', tokenNames)).toEqual({
      kind: 'MCP token',
      name: 'Claude Desktop',
    });
  });

  it('should name other principals, and unknown tokens, by their id', () => {
    expect(describePrincipal('mcpToken', 'token-gone', tokenNames)).toEqual({
      kind: 'MCP token',
      name: 'token-gone',
    });
    expect(describePrincipal('apiKey', 'token-claude', tokenNames)).toEqual({
      kind: 'API key',
      name: 'token-claude',
    });
    expect(describePrincipal('newKind', 'x', tokenNames)).toEqual({
      kind: 'newKind',
      name: 'x',
    });
  });
});
