import { type McpScope } from '../../domain/principal/types/mcp-scope.type';

export type IssueMcpTokenInput = {
  workspaceId: string;
  name: string;
  roleId: string;
  scopes: readonly McpScope[];
  objectMetadataIds: readonly string[] | null;
  expiresAt: Date | null;
  createdByUserWorkspaceId: string | null;
};
