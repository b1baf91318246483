import { findFreePort } from '@twenty-mcp/twenty-db';

import { type ServerConfig } from '../../src/config/server-config.type';
import { type RunningServer, startServer } from '../../src/start-server';

const ATTEMPTS = 5;

// A free port is only free until someone takes it: another server of this
// run may bind it between the probe and our listen, so a taken port is
// given up for another rather than failing the test.
export const startServerOnFreePort = async (
  configFor: (port: number) => ServerConfig,
  options?: Parameters<typeof startServer>[1],
): Promise<RunningServer> => {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startServer(configFor(await findFreePort()), options);
    } catch (error) {
      if (
        (error as NodeJS.ErrnoException).code !== 'EADDRINUSE' ||
        attempt === ATTEMPTS
      ) {
        throw error;
      }
    }
  }
};
