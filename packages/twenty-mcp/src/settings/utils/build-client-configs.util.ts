import { type ClientConfig } from '../types/client-config.type';

// The mcp-remote release these configurations were checked with.
const MCP_REMOTE = 'mcp-remote@0.15.1';

const toJson = (value: unknown) => JSON.stringify(value, null, 2);

// Copy-paste configurations of the common MCP clients for one endpoint and
// token (or a placeholder for it): the one builder behind the settings
// page and the standalone host's banner.
export const buildClientConfigs = ({
  url,
  token,
}: {
  url: string;
  token: string;
}): ClientConfig[] => [
  {
    id: 'claude-desktop',
    client: 'Claude Desktop',
    where: 'claude_desktop_config.json (Settings → Developer → Edit Config)',
    text: toJson({
      mcpServers: {
        twenty: {
          command: 'npx',
          args: [
            '-y',
            MCP_REMOTE,
            url,
            '--header',
            'Authorization:${TWENTY_AUTH_HEADER}',
          ],
          env: { TWENTY_AUTH_HEADER: `Bearer ${token}` },
        },
      },
    }),
    note: 'Claude Desktop reaches remote servers through mcp-remote; the header stays in an environment variable so the space in it survives on every platform.',
  },
  {
    id: 'claude-code',
    client: 'Claude Code',
    where: 'run in a terminal',
    text: `claude mcp add --transport http twenty ${url} --header "Authorization: Bearer ${token}"`,
    note: null,
  },
  {
    id: 'cursor',
    client: 'Cursor',
    where: '~/.cursor/mcp.json',
    text: toJson({
      mcpServers: {
        twenty: { url, headers: { Authorization: `Bearer ${token}` } },
      },
    }),
    note: null,
  },
  {
    id: 'vscode',
    client: 'VS Code',
    where: '.vscode/mcp.json',
    text: toJson({
      servers: {
        twenty: {
          type: 'http',
          url,
          headers: { Authorization: `Bearer ${token}` },
        },
      },
    }),
    note: null,
  },
  {
    id: 'chatgpt',
    client: 'ChatGPT',
    where: 'Settings → Connectors → Create, as the connector URL',
    text: url,
    note: 'ChatGPT connects from OpenAI’s servers and signs in with OAuth: it cannot send a bearer token. The URL must be public (HTTPS) and the server must advertise an OAuth authorization server.',
  },
];
