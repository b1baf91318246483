import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { type CapturedStatement } from '../types/captured-statement.type';
import {
  type BenchIpcReply,
  type BenchIpcRequest,
} from '../types/bench-ipc-message.type';
import { type MemorySample } from '../types/memory-sample.type';
import { parseProcStatCpuTicks } from '../utils/parse-proc-stat.util';

const PRELOAD = path.join(__dirname, '../preload/bench-preload.js');
const READY_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 30_000;

const clockTicksPerSecond = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK']).toString().trim());
  } catch {
    return 100;
  }
})();

// Children still running: killed if the bench itself is interrupted.
const running = new Set<ChildProcess>();

export const killServerChildren = (): void => {
  for (const child of running) {
    child.kill('SIGKILL');
  }
};

export type ServerChild = {
  pid: number;
  baseUrl: string;
  // The tail of what the child wrote to stderr (its warnings and errors).
  output: () => string;
  // Process CPU time (user + system) so far, milliseconds.
  cpuMs: () => Promise<number>;
  captureStart: () => Promise<void>;
  captureStop: () => Promise<CapturedStatement[]>;
  memory: () => Promise<MemorySample>;
  // SIGTERM, then waits for the exit (graceful shutdown).
  stop: () => Promise<void>;
};

const ask = <T extends BenchIpcReply['type']>(
  child: ChildProcess,
  request: BenchIpcRequest,
  replyType: T,
): Promise<Extract<BenchIpcReply, { type: T }>> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.off('message', onMessage);
      reject(new Error(`no ${replyType} reply from the server child`));
    }, 30_000);
    const onMessage = (message: BenchIpcReply) => {
      if (message.type === replyType) {
        clearTimeout(timer);
        child.off('message', onMessage);
        resolve(message as Extract<BenchIpcReply, { type: T }>);
      }
    };

    child.on('message', onMessage);
    child.send(request);
  });

const waitForReady = async (
  child: ChildProcess,
  url: string,
  output: () => string,
) => {
  const deadline = Date.now() + READY_TIMEOUT_MS;

  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(
        `server child exited with code ${child.exitCode}:\n${output()}`,
      );
    }

    try {
      if ((await fetch(url)).status === 200) {
        return;
      }
    } catch {
      // Not listening yet.
    }

    await new Promise((resolve) => setTimeout(resolve, 250));
  }

  child.kill('SIGKILL');
  throw new Error(`server child not ready at ${url}:\n${output()}`);
};

// Starts a Node server script in its own process with the bench preload
// (and --expose-gc), and waits until `readyPath` answers 200.
export const startServerChild = async ({
  script,
  args = [],
  env,
  port,
  readyPath,
}: {
  script: string;
  args?: string[];
  env: Record<string, string>;
  port: number;
  readyPath: string;
}): Promise<ServerChild> => {
  const child = spawn(
    process.execPath,
    ['--expose-gc', '--require', PRELOAD, script, ...args],
    {
      env: { ...process.env, ...env, PORT: String(port) },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    },
  );
  let stderr = '';

  running.add(child);
  child.once('exit', () => running.delete(child));

  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    // The tail is enough to say why a child failed.
    stderr = (stderr + chunk).slice(-8_000);
  });

  const baseUrl = `http://127.0.0.1:${port}`;

  await waitForReady(child, `${baseUrl}${readyPath}`, () => stderr);

  const pid = child.pid!;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => resolve()),
  );

  return {
    pid,
    baseUrl,
    output: () => stderr,
    cpuMs: async () => {
      if (process.platform === 'linux') {
        const ticks = parseProcStatCpuTicks(
          readFileSync(`/proc/${pid}/stat`, 'utf8'),
        );

        return (ticks * 1_000) / clockTicksPerSecond;
      }

      return (
        (await ask(child, { type: 'bench:cpu' }, 'bench:cpu')).microseconds /
        1_000
      );
    },
    captureStart: async () => {
      await ask(
        child,
        { type: 'bench:capture-start' },
        'bench:capture-started',
      );
    },
    captureStop: async () =>
      (await ask(child, { type: 'bench:capture-stop' }, 'bench:captured'))
        .statements,
    memory: async () => {
      const reply = await ask(child, { type: 'bench:memory' }, 'bench:memory');

      if (!reply.gc) {
        throw new Error('server child runs without --expose-gc');
      }

      return { heapUsed: reply.heapUsed, rss: reply.rss };
    },
    stop: async () => {
      if (child.exitCode !== null) {
        return;
      }

      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);

      child.kill('SIGTERM');
      await exited;
      clearTimeout(timer);
    },
  };
};
