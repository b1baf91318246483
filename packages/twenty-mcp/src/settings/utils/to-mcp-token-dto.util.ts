import { type WorkspaceRole } from '../../domain/principal/types/workspace-role.type';
import { type McpTokenEntity } from '../../storage/entities/mcp-token.entity';
import { type McpTokenDTO } from '../dtos/mcp-token.dto';
import { type McpScopeEnum } from '../enums/mcp-scope.enum';
import { McpTokenStatus } from '../enums/mcp-token-status.enum';

export const toMcpTokenDto = (
  token: McpTokenEntity,
  roles: ReadonlyMap<string, WorkspaceRole>,
  now: Date,
): McpTokenDTO => {
  const role = roles.get(token.roleId);

  return {
    id: token.id,
    name: token.name,
    displayPrefix: token.displayPrefix,
    role: role
      ? { id: role.id, label: role.label, description: role.description }
      : null,
    scopes: token.scopes as unknown as McpScopeEnum[],
    objectIds: token.objectMetadataIds,
    expiresAt: token.expiresAt,
    lastUsedAt: token.lastUsedAt,
    revokedAt: token.revokedAt,
    createdAt: token.createdAt,
    status: token.revokedAt
      ? McpTokenStatus.REVOKED
      : token.expiresAt && token.expiresAt.getTime() <= now.getTime()
        ? McpTokenStatus.EXPIRED
        : McpTokenStatus.ACTIVE,
  };
};
