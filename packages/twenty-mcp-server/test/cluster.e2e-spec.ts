import { type ChildProcess, spawn } from 'node:child_process';
import http from 'node:http';

import { findFreePort } from '@twenty-mcp/twenty-db';
import {
  createTestDatabase,
  demoTokens,
  TEST_APP_SECRET,
  type TestDatabase,
} from '@twenty-mcp/twenty-db/testing';

import {
  BUILD_TIMEOUT_MS,
  buildHost,
  HOST_MAIN,
  REPO_ROOT,
} from './utils/build-host';

// Waits bound only a failing test; nothing is asserted about time.
const WAIT_DEADLINE_MS = 120_000;

type LogLine = {
  pid?: number;
  msg?: string;
  context?: string;
  worker?: number;
};

// One request on a connection of its own (fetch would keep one connection,
// and so one worker, for all of them).
const postOnNewConnection = (url: string, token: string, body: unknown) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        agent: false,
        headers: {
          'content-type': 'application/json',
          accept: 'application/json, text/event-stream',
          'mcp-protocol-version': '2025-11-25',
          authorization: `Bearer ${token}`,
        },
      },
      (response) => {
        let text = '';

        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body: text }),
        );
      },
    );

    request.on('error', reject);
    request.end(JSON.stringify(body));
  });

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);

    return true;
  } catch {
    return false;
  }
};

// The built host with MCP_WORKERS=2 on a test database: the primary opens
// the database, two workers serve one port, a dead worker is replaced, and
// SIGTERM stops them all.
describe('standalone host in cluster mode (MCP_WORKERS)', () => {
  let database: TestDatabase;
  let host: ChildProcess | undefined;
  const lines: LogLine[] = [];
  let output = '';

  const waitFor = async (
    what: string,
    found: () => boolean | Promise<boolean>,
  ) => {
    const deadline = Date.now() + WAIT_DEADLINE_MS;

    while (Date.now() < deadline) {
      if (await found()) {
        return;
      }

      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    throw new Error(`${what} did not happen; the host said:\n${output}`);
  };

  beforeAll(async () => {
    buildHost();
    database = await createTestDatabase();
  }, BUILD_TIMEOUT_MS);

  afterAll(async () => {
    if (host?.pid && isAlive(host.pid)) {
      host.kill('SIGKILL');
    }

    await database?.drop();
  });

  it(
    'should serve one port from two workers, replace a worker that dies, and stop them all on SIGTERM',
    async () => {
      const port = await findFreePort();
      const url = `http://127.0.0.1:${port}/mcp`;

      host = spawn(process.execPath, [HOST_MAIN], {
        cwd: REPO_ROOT,
        env: {
          PATH: process.env.PATH ?? '',
          DATABASE_URL: database.url,
          APP_SECRET: TEST_APP_SECRET,
          PORT: String(port),
          MCP_WORKERS: '2',
          LOG_LEVEL: 'info',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });

      const exited = new Promise<number | null>((resolve) =>
        host!.once('exit', (code) => resolve(code)),
      );
      const read = (chunk: Buffer) => {
        output += chunk.toString();

        for (const line of chunk.toString().split('\n')) {
          if (line.startsWith('{')) {
            try {
              lines.push(JSON.parse(line) as LogLine);
            } catch {
              // A line split across chunks; not one the test needs.
            }
          }
        }
      };

      host.stdout!.on('data', read);
      host.stderr!.on('data', read);

      const workerPids = () =>
        new Set(
          lines
            .filter(
              (line) => line.msg === 'Nest application successfully started',
            )
            .map((line) => line.pid!),
        );

      await waitFor('two workers serving', () =>
        lines.some(
          (line) => line.msg === '2 workers serving 127.0.0.1:' + port,
        ),
      );

      const [first, second] = [...workerPids()];

      expect(workerPids().size).toBe(2);
      expect(first).not.toBe(host.pid);
      expect(second).not.toBe(host.pid);

      // Requests reach both workers: node:cluster hands connections out in
      // turn.
      const token = (await demoTokens(database.url))['MCP - admin'];
      const servedBy = async () => {
        const before = lines.length;
        const reply = await postOnNewConnection(url, token, {
          jsonrpc: '2.0',
          id: 1,
          method: 'tools/list',
        });

        expect(reply.status).toBe(200);
        expect(
          (JSON.parse(reply.body) as { result?: { tools?: unknown[] } }).result
            ?.tools?.length,
        ).toBeGreaterThan(0);
        await waitFor('the request logged', () =>
          lines.slice(before).some((line) => line.msg === 'mcp request'),
        );

        return lines.slice(before).find((line) => line.msg === 'mcp request')!
          .pid!;
      };
      const pids = new Set<number>();

      for (let i = 0; i < 6 && pids.size < 2; i++) {
        pids.add(await servedBy());
      }

      expect(pids).toEqual(new Set([first, second]));

      // A worker killed outright is replaced, and the port keeps serving.
      process.kill(first, 'SIGKILL');
      await waitFor('a replacement worker', () => workerPids().size === 3);
      expect(
        lines.some(
          (line) =>
            line.context === 'Cluster' &&
            /exited; starting another/.test(line.msg ?? ''),
        ),
      ).toBe(true);
      expect(await servedBy()).not.toBe(first);

      // SIGTERM to the primary stops every worker, then the primary.
      host.kill('SIGTERM');
      expect(await exited).toBe(0);
      for (const pid of workerPids()) {
        expect(isAlive(pid)).toBe(false);
      }
    },
    WAIT_DEADLINE_MS * 3,
  );
});
