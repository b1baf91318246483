const KIND_LABELS: Record<string, string> = {
  mcpToken: 'MCP token',
  apiKey: 'API key',
  oauth: 'OAuth',
  twentyApplication: 'Twenty application',
  user: 'User',
  system: 'System',
};

// Who made an audited call: the principal kind, and the token's name when
// it is one of this workspace's MCP tokens, else the id.
export const describePrincipal = (
  principalKind: string,
  principalId: string,
  tokenNames: ReadonlyMap<string, string>,
): { kind: string; name: string } => ({
  kind: KIND_LABELS[principalKind] ?? principalKind,
  name:
    (principalKind === 'mcpToken' ? tokenNames.get(principalId) : undefined) ??
    principalId,
});
