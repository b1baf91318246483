import { type McpGrantableRole } from '../types/mcp-grantable-role.type';

// The role a new token starts with: the one granting the fewest scopes
// (a read-only role before a writing one); the first such in the API's
// order on a tie. Undefined when none can be granted.
export const pickLeastPrivilegedRole = (
  roles: McpGrantableRole[],
): McpGrantableRole | undefined =>
  roles
    .filter((role) => role.grantableScopes.length > 0)
    .reduce<McpGrantableRole | undefined>(
      (least, role) =>
        !least || role.grantableScopes.length < least.grantableScopes.length
          ? role
          : least,
      undefined,
    );
