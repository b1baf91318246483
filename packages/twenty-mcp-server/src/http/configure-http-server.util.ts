import { type Server } from 'node:http';

// Idle connections stay open longer than a reverse proxy keeps its own
// (nginx: 60 s), so the proxy, not the host, closes them: when the host
// closes one first, a request the proxy (or any pooling client) is sending
// on it meets a reset. Node's default is 5 s.
const DEFAULT_KEEP_ALIVE_TIMEOUT_MS = 65_000;

// Connection timeouts of the host's HTTP server, and a prompt close().
export const configureHttpServer = (
  server: Server,
  keepAliveTimeoutMs = DEFAULT_KEEP_ALIVE_TIMEOUT_MS,
): void => {
  server.keepAliveTimeout = keepAliveTimeoutMs;
  // Above the keep-alive timeout, as advised for Node behind load balancers:
  // older Node counted idle keep-alive time against the headers timeout.
  server.headersTimeout = keepAliveTimeoutMs + 1_000;

  // close() ends idle connections but waits for busy ones, and a connection
  // whose response finishes after close() would then idle for the whole
  // keep-alive timeout. While closing, a new request is answered with
  // `Connection: close`, and a connection is closed once its response is done.
  server.prependListener('request', (_request, response) => {
    if (!server.listening) {
      response.setHeader('connection', 'close');
    }

    response.once('finish', () => {
      if (!server.listening) {
        server.closeIdleConnections();
      }
    });
  });
};
