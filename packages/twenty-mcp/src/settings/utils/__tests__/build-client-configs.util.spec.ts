import { buildClientConfigs } from '../build-client-configs.util';

describe('buildClientConfigs', () => {
  const configs = buildClientConfigs({
    url: 'http://127.0.0.1:3100/mcp',
    token: 'tok',
  });
  const parse = (client: string) =>
    JSON.parse(configs.find((config) => config.client === client)!.text);

  it('should cover the common clients, each once', () => {
    expect(configs.map(({ id }) => id)).toEqual([
      'claude-desktop',
      'claude-code',
      'cursor',
      'vscode',
      'chatgpt',
    ]);
  });

  it('should give Cursor and VS Code an HTTP server with the bearer header', () => {
    expect(parse('Cursor')).toEqual({
      mcpServers: {
        twenty: {
          url: 'http://127.0.0.1:3100/mcp',
          headers: { Authorization: 'Bearer tok' },
        },
      },
    });
    expect(parse('VS Code').servers.twenty).toEqual({
      type: 'http',
      url: 'http://127.0.0.1:3100/mcp',
      headers: { Authorization: 'Bearer tok' },
    });
  });

  it('should bridge Claude Desktop through a pinned mcp-remote with the header from env', () => {
    const server = parse('Claude Desktop').mcpServers.twenty;

    expect(server.args).toEqual([
      '-y',
      'mcp-remote@0.15.1',
      'http://127.0.0.1:3100/mcp',
      '--header',
      'Authorization:${TWENTY_AUTH_HEADER}',
    ]);
    expect(server.env).toEqual({ TWENTY_AUTH_HEADER: 'Bearer tok' });
  });

  it('should give Claude Code a one-line command', () => {
    expect(
      configs.find((config) => config.client === 'Claude Code')!.text,
    ).toBe(
      'claude mcp add --transport http twenty http://127.0.0.1:3100/mcp --header "Authorization: Bearer tok"',
    );
  });

  it('should give ChatGPT the URL alone, without the token', () => {
    const chatgpt = configs.find(({ id }) => id === 'chatgpt')!;

    expect(chatgpt.text).toBe('http://127.0.0.1:3100/mcp');
    expect(JSON.stringify(chatgpt)).not.toContain('tok"');
  });
});
