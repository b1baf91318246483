import {
  type ToolMode,
  type TwentyMcpModuleOptions,
} from '@twenty-mcp/twenty-mcp';

import { type LogLevel } from './log-level.type';
import { type TrustProxy } from './trust-proxy.type';

export type ServerConfig = {
  // MCP_ENABLED: the instance switch (on unless "false" in this host).
  enabled?: boolean;
  // MCP_WORKSPACES_ENABLED_BY_DEFAULT: serve workspaces no admin configured.
  workspacesEnabledByDefault?: boolean;
  // Failed authentications per client address (the module's default 20/min).
  authFailureLimit?: TwentyMcpModuleOptions['authFailureLimit'];
  // REDIS_URL: failed-authentication counts shared by every instance.
  redisUrl?: string;
  host: string;
  port: number;
  // Base URL clients use; defaults to http://<host>:<port>.
  publicUrl: string;
  path: string;
  // Unset: the embedded demo database.
  databaseUrl: string | null;
  // MCP_CREATE_DEMO_DATABASE: create and seed the demo in the database
  // DATABASE_URL names when it does not exist. Off: a missing database is a
  // start-up error and nothing is written.
  createDemoDatabase?: boolean;
  // TWENTY_DB_PORT: the embedded PostgreSQL's port (54329 when unset).
  embeddedPostgresPort?: number;
  appSecret: string | null;
  toolMode: ToolMode;
  allowedHosts?: string[];
  allowedOrigins?: string[];
  // How often workspaces with open notification streams are checked for
  // model changes; the module's default (5 s) when unset.
  listChangedPollIntervalMs?: number;
  // MCP_METADATA_RECHECK_MS: how long a workspace's model, roles and MCP
  // settings are trusted before they are read again; the module's default
  // (1 s) when unset.
  metadataRecheckMs?: number;
  // MCP_WORKERS: processes serving the port (node:cluster), 1 when unset;
  // the primary opens the database once (docs/operations.md, "Every core").
  workers?: number;
  // HTTP_KEEP_ALIVE_TIMEOUT_MS: how long an idle client connection stays
  // open; 65 s when unset, longer than a reverse proxy's (nginx: 60 s).
  keepAliveTimeoutMs?: number;
  // TWENTY_SERVER_URL: Twenty's public URL, advertised as the OAuth
  // authorization server (Twenty's own application tokens are accepted
  // whether or not it is set).
  twentyServerUrl?: string;
  // MCP_OAUTH_*: accept access tokens of this OAuth authorization server.
  oauth?: TwentyMcpModuleOptions['oauth'];
  // MCP_SETTINGS_ALLOWED_ORIGINS / MCP_SETTINGS_MAX_BODY_BYTES.
  settingsAllowedOrigins?: string[];
  settingsMaxBodyBytes?: number;
  // MCP_STATEMENT_TIMEOUT_MS, MCP_MAX_*, MCP_*_PER_HOUR: the module's limits
  // (docs/limits.md); each unset one keeps the module's default.
  limits?: TwentyMcpModuleOptions['limits'];
  // MCP_CONFIRMATION_TTL_SECONDS / MCP_CONFIRM_SOFT_DELETES_ABOVE: two-phase
  // destructive operations (docs/guardrails.md); the module's defaults
  // (300 s, 10 ids) when unset.
  confirmations?: TwentyMcpModuleOptions['confirmations'];
  // LOG_LEVEL: the lowest level written (info when unset).
  logLevel?: LogLevel;
  // TRUST_PROXY: Express's `trust proxy`, so client addresses behind a
  // reverse proxy are the clients' (false when unset).
  trustProxy?: TrustProxy;
};
