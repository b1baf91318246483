import { availableParallelism } from 'node:os';

import { readServerConfig } from '../read-server-config.util';

describe('readServerConfig', () => {
  it('should default to loopback, port 3100, /mcp, compact tools and the embedded database', () => {
    expect(readServerConfig({})).toEqual({
      enabled: true,
      workspacesEnabledByDefault: false,
      host: '127.0.0.1',
      port: 3100,
      publicUrl: 'http://127.0.0.1:3100',
      path: '/mcp',
      databaseUrl: null,
      createDemoDatabase: false,
      appSecret: null,
      toolMode: 'compact',
      allowedHosts: undefined,
      allowedOrigins: undefined,
      logLevel: 'info',
      trustProxy: false,
    });
  });

  it('should read every variable', () => {
    expect(
      readServerConfig({
        HOST: '0.0.0.0',
        PORT: '8080',
        PUBLIC_URL: 'https://crm.example.com',
        MCP_PATH: '/ai/mcp',
        DATABASE_URL: 'postgres://u:p@db/twenty',
        APP_SECRET: 's',
        MCP_TOOL_MODE: 'per-object',
        MCP_ALLOWED_HOSTS: 'crm.example.com, localhost',
        MCP_ALLOWED_ORIGINS: 'https://app.example.com',
        MCP_LIST_CHANGED_POLL_MS: '1000',
        MCP_METADATA_RECHECK_MS: '250',
        HTTP_KEEP_ALIVE_TIMEOUT_MS: '75000',
        MCP_ENABLED: 'false',
        MCP_WORKSPACES_ENABLED_BY_DEFAULT: 'true',
        REDIS_URL: 'redis://cache:6379',
        MCP_WORKERS: '3',
        MCP_CREATE_DEMO_DATABASE: 'true',
        TWENTY_DB_PORT: '55432',
        LOG_LEVEL: 'debug',
        TRUST_PROXY: '10.0.0.0/8, loopback',
      }),
    ).toEqual({
      enabled: false,
      workspacesEnabledByDefault: true,
      host: '0.0.0.0',
      port: 8080,
      publicUrl: 'https://crm.example.com',
      path: '/ai/mcp',
      databaseUrl: 'postgres://u:p@db/twenty',
      createDemoDatabase: true,
      embeddedPostgresPort: 55_432,
      appSecret: 's',
      toolMode: 'per-object',
      allowedHosts: ['crm.example.com', 'localhost'],
      allowedOrigins: ['https://app.example.com'],
      listChangedPollIntervalMs: 1000,
      metadataRecheckMs: 250,
      keepAliveTimeoutMs: 75_000,
      redisUrl: 'redis://cache:6379',
      workers: 3,
      logLevel: 'debug',
      trustProxy: '10.0.0.0/8,loopback',
    });
  });

  it('should report every problem at once, each naming its variable', () => {
    let message = '';

    try {
      readServerConfig({
        PORT: 'eighty',
        MCP_TOOL_MODE: 'all',
        LOG_LEVEL: 'loud',
        MCP_OAUTH_AUDIENCE: 'https://crm.example.com/mcp',
      });
    } catch (error) {
      message = (error as Error).message;
    }

    expect(message.split('\n')).toEqual([
      '4 configuration problems:',
      '  - PORT must be a port number, got "eighty"',
      '  - MCP_TOOL_MODE must be "compact" or "per-object", got "all"',
      '  - LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "loud"',
      '  - MCP_OAUTH_AUDIENCE is set but MCP_OAUTH_ISSUER is not',
    ]);
  });

  it('should hold MCP_METADATA_RECHECK_MS to the promised second', () => {
    expect(
      readServerConfig({ MCP_METADATA_RECHECK_MS: '0' }).metadataRecheckMs,
    ).toBe(0);
    expect(() => readServerConfig({ MCP_METADATA_RECHECK_MS: '5000' })).toThrow(
      'MCP_METADATA_RECHECK_MS must be a whole number of milliseconds from 0 to 1000, got "5000"',
    );
  });

  it('should refuse a DATABASE_URL that is not a postgres URL naming a database, without echoing its password', () => {
    expect(() =>
      readServerConfig({ DATABASE_URL: 'mysql://u:hunter2@db/twenty' }),
    ).toThrow(
      'DATABASE_URL must be a postgres:// or postgresql:// URL naming a database (postgres://user:password@host:5432/twenty), got "mysql://u:***@db/twenty"',
    );
    expect(() =>
      readServerConfig({ DATABASE_URL: 'postgres://u:p@db:5432' }),
    ).toThrow('DATABASE_URL must be a postgres:// or postgresql:// URL');
    expect(
      readServerConfig({ DATABASE_URL: 'postgresql://db/twenty' }).databaseUrl,
    ).toBe('postgresql://db/twenty');
  });

  it('should read TRUST_PROXY as Express does: a flag, a hop count or proxy addresses', () => {
    expect(readServerConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(readServerConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(
      readServerConfig({ TRUST_PROXY: '172.17.0.1, fd00::/8' }).trustProxy,
    ).toBe('172.17.0.1,fd00::/8');
    expect(() => readServerConfig({ TRUST_PROXY: 'nginx' })).toThrow(
      'TRUST_PROXY must be "true", "false", a number of proxy hops',
    );
    expect(() => readServerConfig({ TRUST_PROXY: '10.0.0.0/40' })).toThrow(
      'TRUST_PROXY must be',
    );
  });

  it('should refuse a TWENTY_DB_PORT that is not a port', () => {
    expect(() => readServerConfig({ TWENTY_DB_PORT: '0' })).toThrow(
      'TWENTY_DB_PORT must be a port number, got "0"',
    );
  });

  it('should read MCP_WORKERS=auto as one worker per core, and refuse other words and 0', () => {
    expect(readServerConfig({ MCP_WORKERS: 'auto' }).workers).toBe(
      availableParallelism(),
    );
    expect(() => readServerConfig({ MCP_WORKERS: 'all' })).toThrow(
      'MCP_WORKERS must be "auto" (one per core) or a whole number from 1 to 64, got "all"',
    );
    expect(() => readServerConfig({ MCP_WORKERS: '0' })).toThrow(
      /MCP_WORKERS must be/,
    );
  });

  it('should refuse a REDIS_URL that is not a redis URL, and flags that are not true/false', () => {
    expect(() => readServerConfig({ REDIS_URL: 'cache:6379' })).toThrow(
      /REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL/,
    );
    expect(() => readServerConfig({ MCP_ENABLED: 'yes' })).toThrow(
      'MCP_ENABLED must be "true" or "false", got "yes"',
    );
  });

  it('should read the confirmation settings, leaving unset ones to the module', () => {
    expect(
      readServerConfig({
        MCP_CONFIRMATION_TTL_SECONDS: '120',
        MCP_CONFIRM_SOFT_DELETES_ABOVE: '0',
      }),
    ).toMatchObject({
      confirmations: { ttlSeconds: 120, softDeleteThreshold: 0 },
    });
    expect(
      readServerConfig({ MCP_CONFIRM_SOFT_DELETES_ABOVE: '25' }).confirmations,
    ).toEqual({ softDeleteThreshold: 25 });
    expect(readServerConfig({})).not.toHaveProperty('confirmations');
    expect(() =>
      readServerConfig({
        MCP_CONFIRMATION_TTL_SECONDS: '0',
        MCP_CONFIRM_SOFT_DELETES_ABOVE: 'ten',
      }),
    ).toThrow(
      /MCP_CONFIRMATION_TTL_SECONDS must be a whole number of seconds >= 1, got "0"[\s\S]*MCP_CONFIRM_SOFT_DELETES_ABOVE must be a whole number of ids >= 0, got "ten"/,
    );
  });

  it('should read the limits and the settings API bounds, leaving unset ones to the module', () => {
    expect(
      readServerConfig({
        MCP_STATEMENT_TIMEOUT_MS: '5000',
        MCP_MAX_STREAMS_PER_TOKEN: '3',
        MCP_WRITE_CALLS_PER_TOKEN_PER_HOUR: '50',
        MCP_SETTINGS_ALLOWED_ORIGINS: 'https://admin.example.com',
        MCP_SETTINGS_MAX_BODY_BYTES: '65536',
      }),
    ).toMatchObject({
      limits: {
        statementTimeoutMs: 5000,
        maxOpenStreamsPerToken: 3,
        writeCallsPerTokenPerHour: 50,
      },
      settingsAllowedOrigins: ['https://admin.example.com'],
      settingsMaxBodyBytes: 65536,
    });
    expect(readServerConfig({})).not.toHaveProperty('limits');
    expect(() =>
      readServerConfig({
        MCP_MAX_CONCURRENT_CALLS_PER_TOKEN: '0',
        MCP_MAX_RESPONSE_BYTES: '12kb',
        MCP_CALLS_PER_WORKSPACE_PER_HOUR: '2000000',
      }),
    ).toThrow(
      /MCP_MAX_CONCURRENT_CALLS_PER_TOKEN must be a whole number >= 1, got "0"[\s\S]*MCP_MAX_RESPONSE_BYTES must be a whole number of bytes >= 1024, got "12kb"[\s\S]*MCP_CALLS_PER_WORKSPACE_PER_HOUR must be a whole number from 1 to 1000000, got "2000000"/,
    );
  });

  it("should refuse Twenty's placeholder APP_SECRET, which anyone can sign with", () => {
    expect(() =>
      readServerConfig({ APP_SECRET: 'replace_me_with_a_random_string' }),
    ).toThrow(/APP_SECRET is Twenty's placeholder/);
  });

  it('should treat empty list variables as unset', () => {
    expect(
      readServerConfig({ MCP_ALLOWED_HOSTS: '', MCP_ALLOWED_ORIGINS: ' , ' }),
    ).toMatchObject({ allowedHosts: undefined, allowedOrigins: undefined });
  });

  it('should leave OAuth off unless MCP_OAUTH_ISSUER is set', () => {
    expect(readServerConfig({}).oauth).toBeUndefined();
    expect(readServerConfig({ MCP_OAUTH_ISSUER: '' }).oauth).toBeUndefined();
    expect(
      readServerConfig({ MCP_OAUTH_ISSUER: 'https://auth.example.com' }).oauth,
    ).toEqual({ issuer: 'https://auth.example.com' });
  });

  it('should read every OAuth variable', () => {
    expect(
      readServerConfig({
        MCP_OAUTH_ISSUER: 'https://auth.example.com/realms/crm',
        MCP_OAUTH_JWKS_URI: 'https://auth.example.com/realms/crm/certs',
        MCP_OAUTH_AUDIENCE: 'https://crm.example.com/mcp',
        MCP_OAUTH_WORKSPACE_ID: 'c0a8e3f4-6b1d-4e2a-9f57-3d8c1b2a4e60',
        MCP_OAUTH_EMAIL_CLAIM: 'upn',
      }).oauth,
    ).toEqual({
      issuer: 'https://auth.example.com/realms/crm',
      jwksUri: 'https://auth.example.com/realms/crm/certs',
      audience: 'https://crm.example.com/mcp',
      workspaceId: 'c0a8e3f4-6b1d-4e2a-9f57-3d8c1b2a4e60',
      emailClaim: 'upn',
    });
  });

  it('should name the OAuth variable that is wrong or missing', () => {
    expect(() => readServerConfig({ MCP_OAUTH_ISSUER: 'auth' })).toThrow(
      'MCP_OAUTH_ISSUER must be an absolute http(s) URL',
    );
    expect(() =>
      readServerConfig({
        MCP_OAUTH_ISSUER: 'https://auth.example.com',
        MCP_OAUTH_JWKS_URI: 'ftp://auth.example.com/keys',
      }),
    ).toThrow('MCP_OAUTH_JWKS_URI must be an absolute http(s) URL');
    expect(() =>
      readServerConfig({
        MCP_OAUTH_ISSUER: 'https://auth.example.com',
        MCP_OAUTH_WORKSPACE_ID: 'northwind',
      }),
    ).toThrow('MCP_OAUTH_WORKSPACE_ID must be a workspace id');
    expect(() =>
      readServerConfig({ MCP_OAUTH_AUDIENCE: 'https://crm.example.com/mcp' }),
    ).toThrow('MCP_OAUTH_AUDIENCE is set but MCP_OAUTH_ISSUER is not');
  });

  it('should name the variable that is wrong', () => {
    expect(() => readServerConfig({ PORT: 'eighty' })).toThrow(
      'PORT must be a port number',
    );
    expect(() => readServerConfig({ MCP_TOOL_MODE: 'all' })).toThrow(
      'MCP_TOOL_MODE must be',
    );
    expect(() => readServerConfig({ MCP_LIST_CHANGED_POLL_MS: '5' })).toThrow(
      'MCP_LIST_CHANGED_POLL_MS must be',
    );
    expect(() =>
      readServerConfig({ HTTP_KEEP_ALIVE_TIMEOUT_MS: '500' }),
    ).toThrow(
      'HTTP_KEEP_ALIVE_TIMEOUT_MS must be a whole number of milliseconds >= 1000, got "500"',
    );
    expect(() =>
      readServerConfig({ HTTP_KEEP_ALIVE_TIMEOUT_MS: '65s' }),
    ).toThrow('HTTP_KEEP_ALIVE_TIMEOUT_MS must be');
    expect(() => readServerConfig({ PUBLIC_URL: 'crm' })).toThrow(
      'PUBLIC_URL must be an absolute URL',
    );
  });
});
