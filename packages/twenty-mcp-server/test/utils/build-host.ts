import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '../../../..');
export const HOST_MAIN = path.join(
  REPO_ROOT,
  'packages/twenty-mcp-server/dist/main.js',
);
export const BUILD_TIMEOUT_MS = 300_000;

const LOCK = path.join(REPO_ROOT, 'tmp', 'host-build.lock');
// A lock older than any build is left over from a killed run.
const STALE_LOCK_MS = BUILD_TIMEOUT_MS + 60_000;

const pause = (ms: number) =>
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

// Builds the host as `npm start` does. Suites that run the built host call
// it in parallel Jest workers: one builds at a time (a directory made
// atomically is the lock), the next finds Nx's cache warm.
export const buildHost = (): void => {
  mkdirSync(path.dirname(LOCK), { recursive: true });

  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > STALE_LOCK_MS) {
          rmSync(LOCK, { recursive: true, force: true });
        }
      } catch {
        // Released meanwhile.
      }

      pause(200);
    }
  }

  try {
    const build = spawnSync(
      'npx',
      ['nx', 'run', 'twenty-mcp-server:build', '--output-style=static'],
      {
        cwd: REPO_ROOT,
        env: { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false' },
        encoding: 'utf8',
        timeout: BUILD_TIMEOUT_MS,
      },
    );

    if (build.status !== 0) {
      throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
    }
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
};
