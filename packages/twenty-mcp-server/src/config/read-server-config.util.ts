import { type ServerConfig } from './server-config.type';

// An empty variable means the default, as if unset.
const list = (value: string | undefined) => {
  const items = (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

  return items.length > 0 ? items : undefined;
};

// Configuration from the environment, validated with messages that say
// which variable to fix.
export const readServerConfig = (env: NodeJS.ProcessEnv): ServerConfig => {
  const host = env.HOST || '127.0.0.1';
  const port = Number(env.PORT || 3100);

  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  }

  const toolMode = env.MCP_TOOL_MODE || 'compact';

  if (toolMode !== 'compact' && toolMode !== 'per-object') {
    throw new Error(
      `MCP_TOOL_MODE must be "compact" or "per-object", got "${toolMode}"`,
    );
  }

  const publicUrl =
    env.PUBLIC_URL ||
    `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  try {
    new URL(publicUrl);
  } catch {
    throw new Error(`PUBLIC_URL must be an absolute URL, got "${publicUrl}"`);
  }

  const pollMs = env.MCP_LIST_CHANGED_POLL_MS
    ? Number(env.MCP_LIST_CHANGED_POLL_MS)
    : undefined;

  if (pollMs !== undefined && !(Number.isInteger(pollMs) && pollMs >= 100)) {
    throw new Error(
      `MCP_LIST_CHANGED_POLL_MS must be a whole number of milliseconds >= 100, got "${env.MCP_LIST_CHANGED_POLL_MS}"`,
    );
  }

  return {
    host,
    port,
    publicUrl,
    path: env.MCP_PATH || '/mcp',
    databaseUrl: env.DATABASE_URL || null,
    appSecret: env.APP_SECRET || null,
    toolMode,
    allowedHosts: list(env.MCP_ALLOWED_HOSTS),
    allowedOrigins: list(env.MCP_ALLOWED_ORIGINS),
    ...(pollMs === undefined ? {} : { listChangedPollIntervalMs: pollMs }),
  };
};
