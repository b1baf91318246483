import { type ClientConfig } from './build-client-configs.util';

export type BannerKey = {
  workspace: string;
  name: string;
  role: string;
  token: string;
};

export const formatStartupBanner = ({
  url,
  database,
  toolMode,
  toolTokens,
  keys,
  configs,
}: {
  url: string;
  database: string;
  toolMode: string;
  // tools/list size for the first key, per surface; null when not measured
  toolTokens: Record<'compact' | 'per-object', number> | null;
  keys: BannerKey[];
  configs: ClientConfig[];
}): string =>
  [
    '',
    `twenty-mcp is serving the Model Context Protocol at ${url}`,
    `  database   ${database}`,
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
      '',
    ]),
    'Press Ctrl+C to stop.',
  ].join('\n');
