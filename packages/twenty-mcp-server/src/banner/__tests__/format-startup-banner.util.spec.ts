import { formatStartupBanner } from '../format-startup-banner.util';

describe('formatStartupBanner', () => {
  const base = {
    url: 'http://127.0.0.1:3100/mcp',
    settingsUrl: 'http://127.0.0.1:3100/settings/mcp',
    instanceEnabled: true,
    demoSignIn: null,
    database: 'embedded PostgreSQL in /data',
    twenty: null,
    events: null,
    toolMode: 'compact',
    configs: [
      {
        id: 'cursor',
        client: 'Cursor',
        where: '~/.cursor/mcp.json',
        text: '{}',
        note: null,
      },
    ],
  };

  it('should print the URL, the tools/list size of both surfaces and every demo key', () => {
    const banner = formatStartupBanner({
      ...base,
      toolTokens: { compact: 3749, 'per-object': 62942 },
      keys: [
        {
          workspace: 'Northwind',
          name: 'MCP - admin',
          role: 'Admin',
          token: 'tok-1',
        },
      ],
    });

    expect(banner).toContain(
      'serving the Model Context Protocol at http://127.0.0.1:3100/mcp',
    );
    expect(banner).toContain('3,749 tokens compact, 62,942 per-object');
    expect(banner).toContain('Northwind / MCP - admin (role Admin)\n    tok-1');
    expect(banner).toContain('Cursor — ~/.cursor/mcp.json:\n{}');
  });

  it('should point to Twenty API keys when it has no demo keys to show', () => {
    const banner = formatStartupBanner({ ...base, toolTokens: null, keys: [] });

    expect(banner).not.toContain('Demo API keys');
    expect(banner).not.toContain('tools/list');
    expect(banner).toContain('Settings > APIs & Webhooks');
  });

  it('should point at the settings page, with the demo sign-in only when given', () => {
    const demo = formatStartupBanner({
      ...base,
      toolTokens: null,
      keys: [],
      demoSignIn: { emails: ['a@x.test', 'b@x.test'], password: 'pw-1' },
    });
    const real = formatStartupBanner({ ...base, toolTokens: null, keys: [] });

    expect(demo).toContain('http://127.0.0.1:3100/settings/mcp');
    expect(demo).toContain('a@x.test, b@x.test — password pw-1');
    expect(real).toContain('http://127.0.0.1:3100/settings/mcp');
    expect(real).not.toContain('password');
  });

  it('should say so when the instance switch is off', () => {
    const banner = formatStartupBanner({
      ...base,
      instanceEnabled: false,
      toolTokens: null,
      keys: [],
    });

    expect(banner).toContain('MCP_ENABLED=false');
    expect(banner).not.toContain('is serving');
  });

  it('should print the Twenty layout and event delivery lines when the back-end reports them', () => {
    const banner = formatStartupBanner({
      ...base,
      twenty: 'Twenty 2.38.0 (supported: >= 2.13.0)',
      events: 'off — no REDIS_URL',
      toolTokens: null,
      keys: [],
    });

    expect(banner).toContain(
      '  twenty     Twenty 2.38.0 (supported: >= 2.13.0)',
    );
    expect(banner).toContain('  events     off — no REDIS_URL');
    expect(
      formatStartupBanner({ ...base, toolTokens: null, keys: [] }),
    ).not.toMatch(/^ {2}(twenty|events) /m);
  });

  it('should name the number of workers only when there are several', () => {
    expect(
      formatStartupBanner({ ...base, toolTokens: null, keys: [], workers: 2 }),
    ).toContain('  workers    2 processes on one port (MCP_WORKERS)');
    expect(
      formatStartupBanner({ ...base, toolTokens: null, keys: [] }),
    ).not.toMatch(/^ {2}workers /m);
  });
});
