import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// Twenty signs API keys with APP_SECRET. The embedded default keeps one per
// data directory so printed tokens stay valid across restarts.
export const loadOrCreateAppSecret = ({
  dataDir,
  env = process.env,
}: {
  dataDir: string;
  env?: NodeJS.ProcessEnv;
}): string => {
  if (env.APP_SECRET) {
    return env.APP_SECRET;
  }

  const file = path.join(path.dirname(dataDir), 'app-secret');

  if (existsSync(file)) {
    return readFileSync(file, 'utf8').trim();
  }

  const secret = randomBytes(32).toString('hex');

  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });

  return secret;
};
