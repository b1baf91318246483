import {
  type ToolMode,
  type TwentyMcpModuleOptions,
} from '@twenty-mcp/twenty-mcp';

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
  appSecret: string | null;
  toolMode: ToolMode;
  allowedHosts?: string[];
  allowedOrigins?: string[];
  // How often workspaces with open notification streams are checked for
  // model changes; the module's default (5 s) when unset.
  listChangedPollIntervalMs?: number;
  // HTTP_KEEP_ALIVE_TIMEOUT_MS: how long an idle client connection stays
  // open; 65 s when unset, longer than a reverse proxy's (nginx: 60 s).
  keepAliveTimeoutMs?: number;
  // MCP_OAUTH_*: accept access tokens of this OAuth authorization server.
  oauth?: TwentyMcpModuleOptions['oauth'];
};
