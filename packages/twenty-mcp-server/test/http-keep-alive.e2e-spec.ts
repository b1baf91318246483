import { type Server } from 'node:http';
import { type Socket } from 'node:net';

import { Agent } from 'undici';

import { startTestServer, type TestServer } from './utils/start-test-server';

const waitFor = async (check: () => boolean, timeoutMs = 5_000) => {
  const deadline = Date.now() + timeoutMs;

  while (!check()) {
    if (Date.now() > deadline) {
      throw new Error('timed out waiting');
    }

    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

// Idle connections between the host and its clients: who closes one first
// decides whether a request can be written to a connection being closed
// (ECONNRESET, once seen in CI under load).
describe('HTTP keep-alive of the standalone host', () => {
  let server: TestServer;
  let healthUrl: string;
  // The host's side of each connection, with who closed it.
  const connections: { socket: Socket; closedBy?: 'client' | 'server' }[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    healthUrl = new URL('/healthz', server.url).href;
    (server.app.getHttpServer() as Server).on('connection', (socket) => {
      const connection: (typeof connections)[number] = { socket };

      connections.push(connection);
      // 'end' is the client's FIN; a close without it is the host's doing.
      socket.once('end', () => (connection.closedBy ??= 'client'));
      socket.once('close', () => (connection.closedBy ??= 'server'));
    });
  }, 60_000);

  afterAll(() => server?.stopAll());

  it('should keep idle connections longer than a reverse proxy does, and tell clients', async () => {
    const httpServer = server.app.getHttpServer() as Server;
    const response = await fetch(healthUrl);

    await response.text();
    expect(httpServer.keepAliveTimeout).toBe(65_000);
    expect(httpServer.headersTimeout).toBe(66_000);
    expect(response.headers.get('keep-alive')).toBe('timeout=65');
  });

  // A client trusts the advertised timeout (minus a margin): with Node's
  // old 5 s it gave up a connection after 3 s idle.
  it('should let a client idle longer than the old 5 s reuse its connection', async () => {
    // Its own limit far above the idle time below, so only the host's
    // advertised timeout decides.
    const agent = new Agent({
      keepAliveTimeout: 30_000,
      keepAliveMaxTimeout: 30_000,
    });
    const get = async () => {
      const { statusCode, body } = await agent.request({
        origin: new URL(server.url).origin,
        path: '/healthz',
        method: 'GET',
      });

      await body.text();

      return statusCode;
    };

    try {
      const before = connections.length;

      expect(await get()).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 5_500));
      expect(await get()).toBe(200);
      expect(connections.length - before).toBe(1);
    } finally {
      await agent.destroy();
    }
  }, 15_000);

  // The test environment's fetch gives idle connections up after 1 s, far
  // below the host's 65 s: a test never races the host's idle timer.
  it('should have the test client, not the host, close idle connections', async () => {
    await (await fetch(healthUrl)).text();
    await waitFor(() => connections.every(({ closedBy }) => closedBy));

    expect(connections.map(({ closedBy }) => closedBy)).toEqual(
      connections.map(() => 'client'),
    );
  });
});
