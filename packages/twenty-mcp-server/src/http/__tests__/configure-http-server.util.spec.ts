import { createServer, type RequestListener, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';

import { configureHttpServer } from '../configure-http-server.util';

const waitUntil = async (check: () => boolean) => {
  while (!check()) {
    await new Promise((resolve) => setImmediate(resolve));
  }
};

// A configured server on a free loopback port, with its side of each
// connection.
const serve = async (listener?: RequestListener) => {
  const server = createServer(listener);
  const accepted: Socket[] = [];

  configureHttpServer(server);
  server.on('connection', (socket) => accepted.push(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

  return {
    server,
    accepted,
    port: (server.address() as { port: number }).port,
  };
};

// A raw connection: open until the server closes it, as a pooled keep-alive
// connection of any client would be.
const open = async (port: number) => {
  const socket = connect(port, '127.0.0.1');
  let received = '';

  socket.on('data', (chunk) => (received += chunk.toString()));
  await new Promise((resolve) => socket.once('connect', resolve));

  return {
    socket,
    received: () => received,
    closed: new Promise((resolve) => socket.once('close', resolve)),
  };
};

const close = (server: Server) =>
  new Promise((resolve) => server.close(resolve));

describe('configureHttpServer', () => {
  const cleanups: (() => void)[] = [];

  afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

  it('should keep idle connections 65 s, past a reverse proxy, and wait longer for headers', () => {
    const server = createServer();

    configureHttpServer(server);

    expect(server.keepAliveTimeout).toBe(65_000);
    expect(server.headersTimeout).toBe(66_000);

    configureHttpServer(server, 2_000);

    expect(server.keepAliveTimeout).toBe(2_000);
    expect(server.headersTimeout).toBe(3_000);
  });

  // Without this, close() would wait out the keep-alive timeout (65 s) for
  // a connection whose response finished after close() began.
  it('should close a connection whose response finishes while the server closes', async () => {
    let respond = () => {};
    let requested = () => {};
    const request = new Promise<void>((resolve) => (requested = resolve));
    const { server, port } = await serve((_request, response) => {
      respond = () => response.end('done');
      requested();
    });
    const client = await open(port);

    cleanups.push(() => server.closeAllConnections());
    client.socket.write('GET / HTTP/1.1\r\nHost: localhost\r\n\r\n');
    await request;

    const closed = close(server);

    respond();
    await closed;
    await client.closed;

    expect(client.received()).toMatch(/keep-alive[\s\S]*\r\n\r\ndone/i);
  });

  it('should answer a request that arrives while the server closes with Connection: close', async () => {
    const { server, accepted, port } = await serve((_request, response) =>
      response.end('ok'),
    );
    const client = await open(port);

    cleanups.push(() => server.closeAllConnections());
    // Half a request, read by the server: close() leaves a busy connection.
    client.socket.write('GET / HTTP/1.1\r\n');
    await waitUntil(() => accepted[0]?.bytesRead > 0);

    const closed = close(server);

    client.socket.write('Host: localhost\r\n\r\n');
    await closed;
    await client.closed;

    expect(client.received()).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(client.received()).toMatch(/\r\nConnection: close\r\n/i);
  });
});
