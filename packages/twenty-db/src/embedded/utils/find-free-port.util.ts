import { randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import net from 'node:net';

import { isPortFree } from './is-port-free.util';

// Linux's default first ephemeral port; macOS and Windows start higher.
const DEFAULT_EPHEMERAL_LOW = 32768;
const LOWEST_CANDIDATE = 15000;
const ATTEMPTS = 50;

// Outgoing connections (pg pools, Redis, fetch) take their local port from
// the ephemeral range: a port the OS handed out for `listen(0)` can be taken
// by one of them before the caller listens on it (EADDRINUSE on a busy test
// run). Candidates are drawn below that range, where only listeners go.
const ephemeralRangeLow = (): number => {
  try {
    const low = Number(
      readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').split(
        /\s+/,
      )[0],
    );

    return Number.isInteger(low) && low > 0 ? low : DEFAULT_EPHEMERAL_LOW;
  } catch {
    return DEFAULT_EPHEMERAL_LOW;
  }
};

const anyPortFromOs = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = net.createServer();

    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;

      server.close(() => resolve(port));
    });
  });

export const findFreePort = async (): Promise<number> => {
  const highest = ephemeralRangeLow() - 1;

  if (highest > LOWEST_CANDIDATE) {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const port = randomInt(LOWEST_CANDIDATE, highest + 1);

      if (await isPortFree(port)) {
        return port;
      }
    }
  }

  return anyPortFromOs();
};
