import { SERVER_ENV_SCHEMA } from './server-env-schema.const';
import { type ServerConfig } from './server-config.type';

// Configuration from the environment, validated as one schema: the error
// lists every problem, each naming the variable to fix.
export const readServerConfig = (env: NodeJS.ProcessEnv): ServerConfig => {
  const parsed = SERVER_ENV_SCHEMA.safeParse(env);

  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => issue.message);

    throw new Error(
      problems.length === 1
        ? problems[0]
        : `${problems.length} configuration problems:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
    );
  }

  const values = parsed.data;
  const host = values.HOST ?? '127.0.0.1';
  const port = values.PORT ?? 3100;
  const oauth: ServerConfig['oauth'] = values.MCP_OAUTH_ISSUER
    ? {
        issuer: values.MCP_OAUTH_ISSUER,
        ...(values.MCP_OAUTH_JWKS_URI
          ? { jwksUri: values.MCP_OAUTH_JWKS_URI }
          : {}),
        ...(values.MCP_OAUTH_AUDIENCE
          ? { audience: values.MCP_OAUTH_AUDIENCE }
          : {}),
        ...(values.MCP_OAUTH_WORKSPACE_ID
          ? { workspaceId: values.MCP_OAUTH_WORKSPACE_ID }
          : {}),
        ...(values.MCP_OAUTH_EMAIL_CLAIM
          ? { emailClaim: values.MCP_OAUTH_EMAIL_CLAIM }
          : {}),
      }
    : undefined;

  const limits = Object.fromEntries(
    Object.entries({
      statementTimeoutMs: values.MCP_STATEMENT_TIMEOUT_MS,
      maxConcurrentToolCallsPerToken: values.MCP_MAX_CONCURRENT_CALLS_PER_TOKEN,
      maxBatchMessages: values.MCP_MAX_BATCH_MESSAGES,
      maxResponseBytes: values.MCP_MAX_RESPONSE_BYTES,
      maxOpenStreamsPerToken: values.MCP_MAX_STREAMS_PER_TOKEN,
      readCallsPerTokenPerHour: values.MCP_READ_CALLS_PER_TOKEN_PER_HOUR,
      writeCallsPerTokenPerHour: values.MCP_WRITE_CALLS_PER_TOKEN_PER_HOUR,
      callsPerWorkspacePerHour: values.MCP_CALLS_PER_WORKSPACE_PER_HOUR,
      idempotencyKeyLifetimeSeconds: values.MCP_IDEMPOTENCY_KEY_TTL_SECONDS,
      databaseFailureThreshold: values.MCP_DB_FAILURE_THRESHOLD,
      databaseCoolDownMs: values.MCP_DB_COOL_DOWN_MS,
    }).filter(([, value]) => value !== undefined),
  );

  const confirmations = Object.fromEntries(
    Object.entries({
      ttlSeconds: values.MCP_CONFIRMATION_TTL_SECONDS,
      softDeleteThreshold: values.MCP_CONFIRM_SOFT_DELETES_ABOVE,
    }).filter(([, value]) => value !== undefined),
  );

  return {
    // This host exists to serve MCP: on unless switched off.
    enabled: values.MCP_ENABLED ?? true,
    workspacesEnabledByDefault:
      values.MCP_WORKSPACES_ENABLED_BY_DEFAULT ?? false,
    host,
    port,
    publicUrl:
      values.PUBLIC_URL ??
      `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    path: values.MCP_PATH ?? '/mcp',
    databaseUrl: values.DATABASE_URL ?? null,
    createDemoDatabase: values.MCP_CREATE_DEMO_DATABASE ?? false,
    appSecret: values.APP_SECRET ?? null,
    toolMode: values.MCP_TOOL_MODE ?? 'compact',
    allowedHosts: values.MCP_ALLOWED_HOSTS,
    allowedOrigins: values.MCP_ALLOWED_ORIGINS,
    ...(values.MCP_SETTINGS_ALLOWED_ORIGINS
      ? { settingsAllowedOrigins: values.MCP_SETTINGS_ALLOWED_ORIGINS }
      : {}),
    ...(values.MCP_SETTINGS_MAX_BODY_BYTES === undefined
      ? {}
      : { settingsMaxBodyBytes: values.MCP_SETTINGS_MAX_BODY_BYTES }),
    ...(Object.keys(limits).length > 0 ? { limits } : {}),
    ...(Object.keys(confirmations).length > 0 ? { confirmations } : {}),
    logLevel: values.LOG_LEVEL ?? 'info',
    trustProxy: values.TRUST_PROXY ?? false,
    ...(values.TWENTY_DB_PORT === undefined
      ? {}
      : { embeddedPostgresPort: values.TWENTY_DB_PORT }),
    ...(values.MCP_LIST_CHANGED_POLL_MS === undefined
      ? {}
      : { listChangedPollIntervalMs: values.MCP_LIST_CHANGED_POLL_MS }),
    ...(values.MCP_METADATA_RECHECK_MS === undefined
      ? {}
      : { metadataRecheckMs: values.MCP_METADATA_RECHECK_MS }),
    ...(values.HTTP_KEEP_ALIVE_TIMEOUT_MS === undefined
      ? {}
      : { keepAliveTimeoutMs: values.HTTP_KEEP_ALIVE_TIMEOUT_MS }),
    ...(oauth ? { oauth } : {}),
    ...(values.TWENTY_SERVER_URL
      ? { twentyServerUrl: values.TWENTY_SERVER_URL }
      : {}),
    ...(values.REDIS_URL ? { redisUrl: values.REDIS_URL } : {}),
    ...(values.MCP_WORKERS === undefined
      ? {}
      : { workers: values.MCP_WORKERS }),
  };
};
