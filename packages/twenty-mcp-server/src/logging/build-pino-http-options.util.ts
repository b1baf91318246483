import { type IncomingMessage, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { stdTimeFunctions } from 'pino';
import { type Options } from 'pino-http';

import { type LogLevel } from '../config/log-level.type';

const SANE_REQUEST_ID = /^[\w.:-]{1,128}$/;

// Requests the host does not log itself: the MCP endpoint logs its own
// (one line with the MCP details), probes and scrapes would drown the rest.
const isUnlogged = (url: string | undefined, mcpPath: string) => {
  const path = (url ?? '').split('?')[0];

  return (
    path === mcpPath ||
    path.startsWith('/.well-known/') ||
    ['/healthz', '/readyz', '/metrics'].includes(path)
  );
};

// JSON logs (pino) for the host: one line per request for what the MCP
// module does not log itself, with a request id shared by every line of
// the request and sent back as X-Request-Id. Requests are logged by
// method, path, status and duration only — never headers (tokens, cookies),
// query strings or bodies.
export const buildPinoHttpOptions = ({
  level,
  mcpPath,
}: {
  level: LogLevel;
  mcpPath: string;
}): Options<IncomingMessage, ServerResponse> => ({
  level,
  // ISO time reads better than epoch ms in most log stores.
  timestamp: stdTimeFunctions.isoTime,
  genReqId: (req, res) => {
    const header = req.headers['x-request-id'];
    const id =
      typeof header === 'string' && SANE_REQUEST_ID.test(header)
        ? header
        : randomUUID();

    res.setHeader('x-request-id', id);

    return id;
  },
  autoLogging: { ignore: (req) => isUnlogged(req.url, mcpPath) },
  customLogLevel: (_req, res, error) =>
    error || res.statusCode >= 500
      ? 'error'
      : res.statusCode >= 400
        ? 'warn'
        : 'info',
  serializers: {
    req: (req: { id: unknown; method: string; url: string }) => ({
      id: req.id,
      method: req.method,
      path: req.url.split('?')[0],
    }),
    res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
  },
  // Defence in depth: should a header ever reach a line, not these.
  redact: {
    paths: [
      'req.headers.authorization',
      'req.headers.cookie',
      'res.headers["set-cookie"]',
    ],
    censor: '[redacted]',
  },
});
