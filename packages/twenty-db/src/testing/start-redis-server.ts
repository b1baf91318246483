import { spawn } from 'node:child_process';
import { createConnection } from 'node:net';

import { findFreePort } from '../embedded/utils/find-free-port.util';

export type TestRedisServer = {
  url: string;
  stop: () => Promise<void>;
};

const REDIS_SERVER = process.env.REDIS_SERVER_BIN || '/usr/bin/redis-server';

const answersPing = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () =>
      socket.write('PING\r\n'),
    );

    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString().startsWith('+PONG'));
    });
    socket.once('error', () => resolve(false));
  });

// A throwaway Debian redis-server on a free loopback port, nothing written
// to disk (tools/test/ensure-debian-packages.sh installs the package). A
// port: to restart one that was stopped, at the same URL.
export const startRedisServer = async ({
  port: requestedPort,
}: { port?: number } = {}): Promise<TestRedisServer> => {
  const port = requestedPort ?? (await findFreePort());
  const child = spawn(
    REDIS_SERVER,
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
    ],
    { stdio: 'ignore' },
  );
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => resolve()),
  );
  const deadline = Date.now() + 10_000;

  child.once('error', () => undefined);

  while (!(await answersPing(port))) {
    if (Date.now() > deadline || child.exitCode !== null) {
      child.kill('SIGKILL');
      throw new Error(
        `redis-server did not start (${REDIS_SERVER}); install Debian's redis-server package`,
      );
    }

    await new Promise((resolve) => setTimeout(resolve, 50));
  }

  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
};
