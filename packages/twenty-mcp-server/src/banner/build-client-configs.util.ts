export type ClientConfig = {
  client: string;
  where: string;
  // What to paste, verbatim.
  text: string;
};

// Configurations for the common MCP clients, for one endpoint and token.
export const buildClientConfigs = ({
  url,
  token,
}: {
  url: string;
  token: string;
}): ClientConfig[] => [
  {
    client: 'Claude Code',
    where: 'run in a terminal',
    text: `claude mcp add --transport http twenty ${url} --header "Authorization: Bearer ${token}"`,
  },
  {
    client: 'Claude Desktop',
    where: 'claude_desktop_config.json (through mcp-remote)',
    text: JSON.stringify(
      {
        mcpServers: {
          twenty: {
            command: 'npx',
            args: [
              '-y',
              'mcp-remote@0.15.1',
              url,
              '--header',
              'Authorization:${TWENTY_AUTH_HEADER}',
            ],
            env: { TWENTY_AUTH_HEADER: `Bearer ${token}` },
          },
        },
      },
      null,
      2,
    ),
  },
  {
    client: 'Cursor',
    where: '~/.cursor/mcp.json',
    text: JSON.stringify(
      {
        mcpServers: {
          twenty: { url, headers: { Authorization: `Bearer ${token}` } },
        },
      },
      null,
      2,
    ),
  },
  {
    client: 'VS Code',
    where: '.vscode/mcp.json',
    text: JSON.stringify(
      {
        servers: {
          twenty: {
            type: 'http',
            url,
            headers: { Authorization: `Bearer ${token}` },
          },
        },
      },
      null,
      2,
    ),
  },
];
