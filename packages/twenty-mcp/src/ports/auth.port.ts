import { type Principal } from '../domain/principal/types/principal.type';
import { type WorkspaceUser } from '../domain/principal/types/workspace-user.type';

export const AUTH_PORT = Symbol('AUTH_PORT');

// Resolves a bearer credential to a principal, or throws an
// McpAuthenticationError that says why (for logs, never for the client).
export interface AuthPort {
  authenticate(bearerToken: string): Promise<Principal>;
  // For credentials the module issues itself (MCP tokens): the workspace
  // must still exist and be active in Twenty.
  isWorkspaceActive(workspaceId: string): Promise<boolean>;
  // For OAuth access tokens: the active user with this email as a member of
  // the workspace (null: of their only workspace), with role and workspace
  // member; throws UNAUTHENTICATED saying why when there is none.
  findWorkspaceUser(query: {
    email: string;
    workspaceId: string | null;
  }): Promise<WorkspaceUser>;
}
