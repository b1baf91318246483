// Public API of the twenty-mcp module: what a host imports.
export {
  TwentyMcpModule,
  type TwentyMcpModuleAsyncOptions,
} from './twenty-mcp.module';
export { type TwentyMcpModuleOptions } from './config/types/twenty-mcp-module-options.type';
export { type ToolMode } from './config/types/tool-mode.type';
export { type OAuthOptions } from './config/types/oauth-options.type';
export { type AuthFailureLimit } from './config/types/auth-failure-limit.type';
export { type McpLimits } from './config/types/mcp-limits.type';
export { TwentyMcpAdminService } from './settings/services/twenty-mcp-admin.service';
export { type ReadinessResult } from './services/readiness/types/readiness-result.type';
export { buildClientConfigs } from './settings/utils/build-client-configs.util';
export { type ClientConfig } from './settings/types/client-config.type';
export { MCP_TOKEN_FORMAT } from './storage/constants/mcp-token-format.const';
export { countTokens } from './tools/schema/utils/count-tokens.util';
export { TwentyMcpException } from './domain/exceptions/twenty-mcp.exception';
export { TwentyMcpExceptionCode } from './domain/exceptions/twenty-mcp-exception-code.enum';

// The back-end contract, for hosts that bring their own back-end module
// (e.g. one on Twenty's own services).
export { AUTH_PORT, type AuthPort } from './ports/auth.port';
export { METADATA_PORT, type MetadataPort } from './ports/metadata.port';
export {
  RECORDS_BACKEND_PORT,
  type RecordsBackendPort,
} from './ports/records-backend.port';
export { type RecordsWriter } from './ports/records-writer.port';
export {
  SETTINGS_AUTH_PORT,
  type SettingsAuthPort,
} from './ports/settings-auth.port';
export {
  TWENTY_LAYOUT_PORT,
  type TwentyLayoutPort,
} from './ports/twenty-layout.port';
export { type TwentyLayoutReport } from './domain/twenty/types/twenty-layout-report.type';
export {
  TABLE_INDEXES_PORT,
  type TableIndexesPort,
} from './ports/table-indexes.port';
export { type TableIndex } from './domain/query-usage/types/table-index.type';

// The audit trail for host commands (verify, export): docs/audit-trail.md.
export { openAuditLog } from './storage/utils/open-audit-log.util';
export { type McpAuditLog } from './storage/services/mcp-audit-log.service';
export { type AuditChainVerification } from './domain/audit/types/audit-chain-verification.type';
export { type AuditExportFormat } from './domain/audit/types/audit-export-format.type';
export {
  formatAuditExportHeader,
  formatAuditExportRow,
} from './domain/audit/utils/format-audit-export.util';

// The index advisor for host commands (indexes advise): docs/index-advisor.md.
export { openIndexAdvisor } from './open-index-advisor.util';
export { type IndexAdvisorService } from './services/index-advisor/index-advisor.service';
export { type IndexAdvice } from './domain/query-usage/types/index-advice.type';
