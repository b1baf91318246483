import { type DataSource } from 'typeorm';

import { type AuthFailureLimit } from './auth-failure-limit.type';
import { type ConfirmationsConfig } from './confirmations-config.type';
import { type McpLimits } from './mcp-limits.type';
import { type OAuthOptions } from './oauth-options.type';
import { type ToolMode } from './tool-mode.type';

export type TwentyMcpModuleOptions = {
  // The instance switch. Off: the MCP endpoint is not mounted (404); the
  // settings API still is. Default: MCP_ENABLED=true in the environment.
  enabled?: boolean;
  // Whether workspaces an admin has not configured serve MCP (default: no,
  // each workspace opts in from its settings).
  workspacesEnabledByDefault?: boolean;
  // Where the settings page lives (default /settings/mcp).
  settingsPath?: string;
  // Browser origins (scheme://host[:port]) allowed to call the settings API
  // besides publicUrl's, e.g. a separately hosted admin front end.
  settingsAllowedOrigins?: string[];
  // Largest settings API request body in bytes (default 100 KB).
  settingsMaxBodyBytes?: number;
  // Failed authentications tolerated per client address and per presented
  // credential (default 20/min); a valid credential is always served.
  authFailureLimit?: AuthFailureLimit;
  // Statement timeout, concurrent tool calls and open streams per token,
  // batch and response size (docs/limits.md); each defaults on its own.
  limits?: Partial<McpLimits>;
  // Two-phase destructive operations: the confirmation token's lifetime
  // (default 300 s) and how many ids a soft delete may name before it asks
  // (default 10); destroying always asks (docs/guardrails.md).
  confirmations?: Partial<ConfirmationsConfig>;
  // Redis (Twenty's REDIS_URL): failed-authentication counts shared by all
  // instances, and the queues writes are announced on to Twenty's worker
  // (timeline, audit logs, webhooks, triggers; docs/twenty-events.md).
  // Unset: each process counts alone, and Twenty never hears of MCP writes.
  redisUrl?: string;
  // Base URL clients reach the server at, e.g. https://crm.example.com.
  publicUrl: string;
  // URL path of the MCP endpoint. Default /twenty-mcp, a path Twenty's
  // server does not serve (it has its own MCP endpoint at /mcp).
  path?: string;
  // Also answer the protected-resource metadata at the root well-known URL
  // (/.well-known/oauth-protected-resource), for a host where this endpoint
  // is the only protected resource. Never inside twenty-server, which
  // serves its own there; the path-suffixed URL (RFC 9728 §3.1) is always
  // served.
  serveRootResourceMetadata?: boolean;
  // Twenty's core database: the module keeps its own tables there (schema
  // `mcp`), and the Postgres back-end reads Twenty's. APP_SECRET verifies
  // Twenty's API keys and access tokens.
  dataSource: DataSource;
  appSecret?: string;
  toolMode?: ToolMode;
  // Hostnames accepted in Host (default: loopback names and publicUrl's host).
  allowedHosts?: string[];
  // Browser origins allowed besides loopback.
  allowedOrigins?: string[];
  // The OAuth authorization server whose access tokens the endpoint accepts
  // (listed in the protected-resource metadata; tokens map to Twenty users
  // by email).
  oauth?: OAuthOptions;
  // Twenty's public URL (its SERVER_URL). Twenty is an OAuth authorization
  // server (dynamic client registration, PKCE) whose tokens the back-end
  // accepts as Twenty does; set, the protected-resource metadata names it,
  // so MCP clients sign in with the user's Twenty account, SSO included.
  twentyServerUrl?: string;
  // Further authorization servers to advertise, for a back-end whose
  // AUTH_PORT accepts their tokens.
  authorizationServers?: string[];
  // How often workspaces with listening clients are checked for changes.
  listChangedPollIntervalMs?: number;
  // How long a workspace's data model, roles and MCP settings are trusted
  // before they are checked again (docs/operations.md, "Caching"); 0 checks
  // on every request. Changes made through this instance apply at once.
  metadataRecheckMs?: number;
};
