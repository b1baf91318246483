import { type DataSource } from 'typeorm';

import { type AuthFailureLimit } from './auth-failure-limit.type';
import { type ConfirmationsConfig } from './confirmations-config.type';
import { type McpEndpointConfig } from './mcp-endpoint-config.type';
import { type McpLimits } from './mcp-limits.type';
import { type OAuthConfig } from './oauth-config.type';
import { type SettingsApiConfig } from './settings-api-config.type';
import { type ToolMode } from './tool-mode.type';

// TwentyMcpModuleOptions validated once at start-up, every default applied:
// what the module's rooms read.
export type TwentyMcpConfig = {
  enabled: boolean;
  workspacesEnabledByDefault: boolean;
  endpoint: McpEndpointConfig;
  // Normalised URL path of the settings page, e.g. /settings/mcp
  settingsPath: string;
  // Its absolute URL, for messages telling admins where to go.
  settingsUrl: string;
  settingsApi: SettingsApiConfig;
  toolMode: ToolMode;
  authFailureLimit: AuthFailureLimit;
  limits: McpLimits;
  confirmations: ConfirmationsConfig;
  redisUrl: string | null;
  oauth: OAuthConfig | null;
  // Twenty's public URL: its OAuth server signs users in to the settings
  // page and is advertised to MCP clients. Null: not configured.
  twentyServerUrl: string | null;
  listChangedPollIntervalMs: number;
  metadataRecheckMs: number;
  dataSource: DataSource;
  appSecret: string | null;
};
