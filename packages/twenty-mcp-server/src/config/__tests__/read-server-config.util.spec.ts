import { readServerConfig } from '../read-server-config.util';

describe('readServerConfig', () => {
  it('should default to loopback, port 3100, /mcp, compact tools and the embedded database', () => {
    expect(readServerConfig({})).toEqual({
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
      }),
    ).toEqual({
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
    });
  });

  it('should treat empty list variables as unset', () => {
    expect(
      readServerConfig({ MCP_ALLOWED_HOSTS: '', MCP_ALLOWED_ORIGINS: ' , ' }),
    ).toMatchObject({ allowedHosts: undefined, allowedOrigins: undefined });
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
    expect(() => readServerConfig({ PUBLIC_URL: 'crm' })).toThrow(
      'PUBLIC_URL must be an absolute URL',
    );
  });
});
