import { type ServerConfig } from './server-config.type';

// An empty variable means the default, as if unset.
const list = (value: string | undefined) => {
  const items = (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

  return items.length > 0 ? items : undefined;
};

const flag = (name: string, value: string | undefined, fallback: boolean) => {
  if (!value) {
    return fallback;
  }

  if (value !== 'true' && value !== 'false') {
    throw new Error(`${name} must be "true" or "false", got "${value}"`);
  }

  return value === 'true';
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const isHttpUrl = (value: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

const httpUrl = (name: string, value: string) => {
  if (!isHttpUrl(value)) {
    throw new Error(`${name} must be an absolute http(s) URL, got "${value}"`);
  }

  return value;
};

const OAUTH_DETAIL_VARIABLES = [
  'MCP_OAUTH_JWKS_URI',
  'MCP_OAUTH_AUDIENCE',
  'MCP_OAUTH_WORKSPACE_ID',
  'MCP_OAUTH_EMAIL_CLAIM',
] as const;

// OAuth is on when an issuer is set; the other MCP_OAUTH_* refine it.
const readOAuth = (env: NodeJS.ProcessEnv): ServerConfig['oauth'] => {
  if (!env.MCP_OAUTH_ISSUER) {
    const orphan = OAUTH_DETAIL_VARIABLES.find((name) => env[name]);

    if (orphan) {
      throw new Error(`${orphan} is set but MCP_OAUTH_ISSUER is not`);
    }

    return undefined;
  }

  const workspaceId = env.MCP_OAUTH_WORKSPACE_ID;

  if (workspaceId && !UUID.test(workspaceId)) {
    throw new Error(
      `MCP_OAUTH_WORKSPACE_ID must be a workspace id (uuid), got "${workspaceId}"`,
    );
  }

  return {
    issuer: httpUrl('MCP_OAUTH_ISSUER', env.MCP_OAUTH_ISSUER),
    ...(env.MCP_OAUTH_JWKS_URI
      ? { jwksUri: httpUrl('MCP_OAUTH_JWKS_URI', env.MCP_OAUTH_JWKS_URI) }
      : {}),
    ...(env.MCP_OAUTH_AUDIENCE ? { audience: env.MCP_OAUTH_AUDIENCE } : {}),
    ...(workspaceId ? { workspaceId } : {}),
    ...(env.MCP_OAUTH_EMAIL_CLAIM
      ? { emailClaim: env.MCP_OAUTH_EMAIL_CLAIM }
      : {}),
  };
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

  const keepAliveMs = env.HTTP_KEEP_ALIVE_TIMEOUT_MS
    ? Number(env.HTTP_KEEP_ALIVE_TIMEOUT_MS)
    : undefined;

  // Clients are told whole seconds (Keep-Alive: timeout=N): under 1 s they
  // would not reuse a connection at all.
  if (
    keepAliveMs !== undefined &&
    !(Number.isInteger(keepAliveMs) && keepAliveMs >= 1_000)
  ) {
    throw new Error(
      `HTTP_KEEP_ALIVE_TIMEOUT_MS must be a whole number of milliseconds >= 1000, got "${env.HTTP_KEEP_ALIVE_TIMEOUT_MS}"`,
    );
  }

  const oauth = readOAuth(env);

  if (env.REDIS_URL && !/^rediss?:\/\//.test(env.REDIS_URL)) {
    throw new Error(
      `REDIS_URL must be a redis:// or rediss:// URL, got "${env.REDIS_URL}"`,
    );
  }

  return {
    // This host exists to serve MCP: on unless switched off.
    enabled: flag('MCP_ENABLED', env.MCP_ENABLED, true),
    workspacesEnabledByDefault: flag(
      'MCP_WORKSPACES_ENABLED_BY_DEFAULT',
      env.MCP_WORKSPACES_ENABLED_BY_DEFAULT,
      false,
    ),
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
    ...(keepAliveMs === undefined ? {} : { keepAliveTimeoutMs: keepAliveMs }),
    ...(oauth ? { oauth } : {}),
    ...(env.REDIS_URL ? { redisUrl: env.REDIS_URL } : {}),
  };
};
