import { type McpScope } from './mcp-scope.type';

// Who is calling, resolved from the bearer credential. The workspace always
// comes from the credential, never from the request.
export type Principal = {
  workspaceId: string;
  // A Twenty API key, an MCP token issued in the settings, an OAuth access
  // token from the configured authorization server, or a token Twenty issued
  // to an application (its OAuth clients included).
  kind: 'apiKey' | 'mcpToken' | 'oauth' | 'twentyApplication';
  credentialId: string;
  // Shown as the actor of records this principal writes.
  name: string;
  roleId: string;
  // A Twenty application's own role when a user acts through it: the
  // principal may then do only what both roles allow (Twenty's
  // intersectionOf). Absent or null: roleId alone.
  applicationRoleId?: string | null;
  workspaceMemberId: string | null;
  // Twenty's user id when the principal speaks for a user (OAuth users,
  // applications acting for a user): Twenty's events carry it as `userId`.
  userId?: string | null;
  scopes: readonly McpScope[];
  // Object metadata ids the credential is limited to; null: no limit.
  objectAllowList: readonly string[] | null;
};
