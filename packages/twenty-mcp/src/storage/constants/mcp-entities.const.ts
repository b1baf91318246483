import { McpObjectExposureEntity } from '../entities/mcp-object-exposure.entity';
import { McpTokenEntity } from '../entities/mcp-token.entity';
import { McpWorkspaceSettingsEntity } from '../entities/mcp-workspace-settings.entity';

export const MCP_ENTITIES = [
  McpWorkspaceSettingsEntity,
  McpObjectExposureEntity,
  McpTokenEntity,
];
