import { readFileSync } from 'node:fs';
import net from 'node:net';

import { findFreePort } from '../find-free-port.util';

const ephemeralLow = (): number => {
  try {
    return Number(
      readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').split(
        /\s+/,
      )[0],
    );
  } catch {
    return 32768;
  }
};

describe('findFreePort', () => {
  it('should return a port below the ephemeral range that can be listened on', async () => {
    const port = await findFreePort();

    expect(port).toBeGreaterThanOrEqual(15000);
    expect(port).toBeLessThan(ephemeralLow());

    const server = net.createServer();

    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', resolve);
    });
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
});
