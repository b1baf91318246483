import path from 'node:path';

import envPaths from 'env-paths';

import { EMBEDDED_POSTGRES_DEFAULTS } from '../constants/embedded-postgres-defaults.const';

// Postgres refuses to run as root, so as root the cluster runs as the
// `postgres` OS user, which cannot enter root's 0700 home directory: use the
// conventional system data location instead.
export const resolveEmbeddedDataDir = ({
  env = process.env,
  uid = process.getuid?.(),
}: {
  env?: NodeJS.ProcessEnv;
  uid?: number;
} = {}): string => {
  if (env.TWENTY_MCP_DATA_DIR) {
    return path.resolve(
      env.TWENTY_MCP_DATA_DIR,
      EMBEDDED_POSTGRES_DEFAULTS.dataDirName,
    );
  }

  const base =
    uid === 0
      ? '/var/lib/twenty-mcp'
      : envPaths('twenty-mcp', { suffix: '' }).data;

  return path.join(base, EMBEDDED_POSTGRES_DEFAULTS.dataDirName);
};
