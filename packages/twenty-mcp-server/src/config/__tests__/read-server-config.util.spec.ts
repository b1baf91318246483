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
      appSecret: null,
      toolMode: 'compact',
      allowedHosts: undefined,
      allowedOrigins: undefined,
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
        HTTP_KEEP_ALIVE_TIMEOUT_MS: '75000',
        MCP_ENABLED: 'false',
        MCP_WORKSPACES_ENABLED_BY_DEFAULT: 'true',
        REDIS_URL: 'redis://cache:6379',
      }),
    ).toEqual({
      enabled: false,
      workspacesEnabledByDefault: true,
      host: '0.0.0.0',
      port: 8080,
      publicUrl: 'https://crm.example.com',
      path: '/ai/mcp',
      databaseUrl: 'postgres://u:p@db/twenty',
      appSecret: 's',
      toolMode: 'per-object',
      allowedHosts: ['crm.example.com', 'localhost'],
      allowedOrigins: ['https://app.example.com'],
      listChangedPollIntervalMs: 1000,
      keepAliveTimeoutMs: 75_000,
      redisUrl: 'redis://cache:6379',
    });
  });

  it('should refuse a REDIS_URL that is not a redis URL, and flags that are not true/false', () => {
    expect(() => readServerConfig({ REDIS_URL: 'cache:6379' })).toThrow(
      /REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL/,
    );
    expect(() => readServerConfig({ MCP_ENABLED: 'yes' })).toThrow(
      'MCP_ENABLED must be "true" or "false", got "yes"',
    );
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
