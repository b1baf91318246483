import { type McpScope } from './mcp-scope.type';

// Who is calling, resolved from the bearer credential. The workspace always
// comes from the credential, never from the request.
export type Principal = {
  workspaceId: string;
  // A Twenty API key, an MCP token issued in the settings, or an OAuth
  // access token from the configured authorization server.
  kind: 'apiKey' | 'mcpToken' | 'oauth';
  credentialId: string;
  // Shown as the actor of records this principal writes.
  name: string;
  roleId: string;
  workspaceMemberId: string | null;
  scopes: readonly McpScope[];
  // Object metadata ids the credential is limited to; null: no limit.
  objectAllowList: readonly string[] | null;
};
