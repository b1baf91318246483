import { statSync } from 'node:fs';
import path from 'node:path';

// Run as root, PostgreSQL runs as the `postgres` OS user, which needs to
// traverse every directory above its data directory.
export const assertReachableByPostgresUser = (
  dataDir: string,
  uid = process.getuid?.(),
): void => {
  if (uid !== 0) {
    return;
  }

  for (
    let dir = path.dirname(path.resolve(dataDir));
    ;
    dir = path.dirname(dir)
  ) {
    if ((statSync(dir).mode & 0o001) === 0) {
      throw new Error(
        `PostgreSQL runs as the "postgres" user when started as root, and it cannot enter ${dir} (mode ${(statSync(dir).mode & 0o777).toString(8)}). Choose a data directory outside it with TWENTY_MCP_DATA_DIR, or make it traversable (chmod o+x).`,
      );
    }

    if (dir === path.dirname(dir)) {
      return;
    }
  }
};
