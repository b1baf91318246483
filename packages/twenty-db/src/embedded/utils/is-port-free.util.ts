import net from 'node:net';

export const isPortFree = (
  port: number,
  host = '127.0.0.1',
): Promise<boolean> =>
  new Promise((resolve) => {
    const server = net.createServer();

    server.once('error', () => resolve(false));
    server.once('listening', () => server.close(() => resolve(true)));
    server.listen(port, host);
  });
