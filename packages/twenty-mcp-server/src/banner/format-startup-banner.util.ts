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
  toolTokens: number | null;
  keys: BannerKey[];
  configs: ClientConfig[];
}): string =>
  [
    '',
    `twenty-mcp is serving the Model Context Protocol at ${url}`,
    `  database   ${database}`,
    `  tools      ${toolMode}${toolTokens === null ? '' : ` (tools/list for the first key: ${toolTokens} tokens, o200k)`}`,
    '',
    'API keys (Authorization: Bearer <token>):',
    ...keys.flatMap((key) => [
      `  ${key.workspace} / ${key.name} (role ${key.role})`,
      `    ${key.token}`,
    ]),
    '',
    ...configs.flatMap((config) => [
      `${config.client} — ${config.where}:`,
      config.text,
      '',
    ]),
    'Press Ctrl+C to stop.',
  ].join('\n');
