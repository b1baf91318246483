import { type McpScope } from './mcp-scope.type';

// Who is calling, resolved from the bearer credential. The workspace always
// comes from the credential, never from the request.
export type Principal = {
  workspaceId: string;
  kind: 'apiKey';
  credentialId: string;
  // Shown as the actor of records this principal writes.
  name: string;
  roleId: string;
  workspaceMemberId: string | null;
  scopes: readonly McpScope[];
};
