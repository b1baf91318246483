import { type ClientConfig } from '@twenty-mcp/twenty-mcp';

export type BannerKey = {
  workspace: string;
  name: string;
  role: string;
  token: string;
};

export const formatStartupBanner = ({
  url,
  settingsUrl,
  instanceEnabled,
  demoSignIn,
  database,
  twenty,
  events,
  toolMode,
  toolTokens,
  keys,
  configs,
  workers = 1,
}: {
  url: string;
  settingsUrl: string;
  instanceEnabled: boolean;
  // Seeded users' emails and their shared password, on demo databases.
  demoSignIn: { emails: string[]; password: string } | null;
  database: string;
  // The Twenty layout the back-end found, and how writes reach Twenty's
  // worker: one line each, null when the back-end does not say.
  twenty: string | null;
  events: string | null;
  toolMode: string;
  // tools/list size for the first key, per surface; null when not measured
  toolTokens: Record<'compact' | 'per-object', number> | null;
  keys: BannerKey[];
  configs: ClientConfig[];
  // MCP_WORKERS: processes serving the port.
  workers?: number;
}): string =>
  [
    '',
    instanceEnabled
      ? `twenty-mcp is serving the Model Context Protocol at ${url}`
      : `twenty-mcp: MCP is switched off on this instance (MCP_ENABLED=false); ${url} answers 404`,
    `  settings   ${settingsUrl} (tokens, exposed objects, on/off per workspace)`,
    ...(demoSignIn
      ? [
          `             sign in as ${demoSignIn.emails.join(', ')} — password ${demoSignIn.password}`,
        ]
      : []),
    `  database   ${database}`,
    ...(workers > 1
      ? [`  workers    ${workers} processes on one port (MCP_WORKERS)`]
      : []),
    ...(twenty ? [`  twenty     ${twenty}`] : []),
    ...(events ? [`  events     ${events}`] : []),
    `  tools      ${toolMode} (MCP_TOOL_MODE=compact|per-object)`,
    ...(toolTokens
      ? [
          `  tools/list ${toolTokens.compact.toLocaleString('en-US')} tokens compact, ${toolTokens['per-object'].toLocaleString('en-US')} per-object (first key below, o200k tokenizer)`,
        ]
      : []),
    '',
    ...(keys.length > 0
      ? [
          'Demo API keys (Authorization: Bearer <token>):',
          ...keys.flatMap((key) => [
            `  ${key.workspace} / ${key.name} (role ${key.role})`,
            `    ${key.token}`,
          ]),
        ]
      : [
          "Authenticate with a Twenty API key (Twenty: Settings > APIs & Webhooks); the key's role decides what the AI sees.",
        ]),
    '',
    ...configs.flatMap((config) => [
      `${config.client} — ${config.where}:`,
      config.text,
      ...(config.note ? [`(${config.note})`] : []),
      '',
    ]),
    'Press Ctrl+C to stop.',
  ].join('\n');
