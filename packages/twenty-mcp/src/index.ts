// Public API of the twenty-mcp module.
export { TwentyMcpModule } from './twenty-mcp.module';
export { type TwentyMcpModuleOptions } from './config/types/twenty-mcp-module-options.type';
export { type ToolMode } from './config/types/tool-mode.type';
export {
  TWENTY_MCP_HTTP_HANDLER,
  TWENTY_MCP_STORAGE,
} from './config/constants/twenty-mcp-tokens.const';
export { McpStorage } from './storage/services/mcp-storage';
export { type McpWorkspaceSettingsService } from './storage/services/mcp-workspace-settings.service';
export { type McpTokenService } from './storage/services/mcp-token.service';
export { MCP_TOKEN_FORMAT } from './storage/constants/mcp-token-format.const';
export { McpHttpHandler } from './protocol/services/mcp-http-handler';
export { WorkspaceContextService } from './services/workspace-context/services/workspace-context.service';
export { countTokens } from './tools/schema/utils/count-tokens.util';

// Ports, for hosts that bring their own adapters (e.g. on Twenty's services).
export { AUTH_PORT, type AuthPort } from './ports/auth.port';
export { METADATA_PORT, type MetadataPort } from './ports/metadata.port';
export { RECORDS_PORT, type RecordsPort } from './ports/records.port';
export { type Principal } from './domain/principal/types/principal.type';
export { MCP_SCOPES, type McpScope } from './domain/principal/types/mcp-scope.type';
export {
  type WorkspaceSchema,
  type ObjectSchema,
  type FieldSchema,
  type ActivityTargetsSchema,
} from './domain/workspace/types/workspace-schema.type';
export { type RolePermissions } from './domain/permissions/types/role-permissions.type';
export { TwentyMcpException } from './domain/exceptions/twenty-mcp.exception';
export { TwentyMcpExceptionCode } from './domain/exceptions/twenty-mcp-exception-code.enum';

// The Postgres adapters on Twenty v2's database layout.
export { PostgresAuthAdapter } from './backends/postgres/services/postgres-auth.adapter';
export { PostgresMetadataAdapter } from './backends/postgres/services/postgres-metadata.adapter';
export { PostgresRecordsAdapter } from './backends/postgres/services/postgres-records.adapter';
