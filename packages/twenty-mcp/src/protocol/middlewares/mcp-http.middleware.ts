import { Injectable, Logger, type NestMiddleware } from '@nestjs/common';
import { toNodeHandler } from '@modelcontextprotocol/node';
import { type IncomingMessage, type ServerResponse } from 'node:http';

import { McpMetricsService } from '../../services/metrics/mcp-metrics.service';
import { MCP_HTTP_REQUEST_STORAGE } from '../constants/mcp-http-request-storage.const';
import { McpHttpHandler } from '../services/mcp-http-handler.service';
import { type McpHttpRequestInfo } from '../types/mcp-http-request-info.type';
import { createLogThrottle } from '../utils/create-log-throttle.util';
import { resolveRequestId } from '../utils/resolve-request-id.util';

type MaybeParsedRequest = IncomingMessage & {
  body?: unknown;
  _body?: boolean;
  // Express's client address, which honours its `trust proxy` setting.
  ip?: string;
  // The host's request id (pino-http's genReqId), when it assigns one.
  id?: unknown;
};

const logger = new Logger('TwentyMcp');

const PROTOCOL_VERSION = /^\d{4}-\d{2}-\d{2}$/;

// Mounts the web-standard MCP handler in Nest/Express. A body an upstream
// parser already read is handed over instead of being read again. Each
// request gets an id, a log line when it ends and a count in the metrics.
@Injectable()
export class McpHttpMiddleware implements NestMiddleware {
  private readonly node: ReturnType<typeof toNodeHandler>;
  private readonly clientMistakes = createLogThrottle();

  constructor(
    handler: McpHttpHandler,
    private readonly metrics: McpMetricsService,
  ) {
    this.node = toNodeHandler({
      fetch: (request, options) =>
        handler.fetch(request, {
          parsedBody: options?.parsedBody,
          // The fetch-style handler sees no socket: the address rides along.
          clientAddress: MCP_HTTP_REQUEST_STORAGE.getStore()?.clientAddress,
        }),
    });
  }

  use(req: MaybeParsedRequest, res: ServerResponse): void {
    const startedAt = performance.now();
    const info: McpHttpRequestInfo = {
      requestId: resolveRequestId(req.id, req.headers['x-request-id']),
      clientAddress: req.ip ?? req.socket.remoteAddress ?? 'unknown',
    };

    res.setHeader('x-request-id', info.requestId);
    res.once('close', () =>
      this.logRequest(req, res, info, performance.now() - startedAt),
    );

    MCP_HTTP_REQUEST_STORAGE.run(info, () =>
      this.node(req, res, req._body ? req.body : undefined),
    ).catch((error: unknown) => {
      logger.error({
        msg: 'MCP request failed outside the handler',
        requestId: info.requestId,
        errorClass: error instanceof Error ? error.name : typeof error,
        cause: error instanceof Error ? error.stack : String(error),
      });

      if (!res.headersSent) {
        res.statusCode = 500;
        res.end();
      } else {
        res.destroy();
      }
    });
  }

  // One line per request: never headers or bodies (tokens, records).
  private logRequest(
    req: MaybeParsedRequest,
    res: ServerResponse,
    info: McpHttpRequestInfo,
    durationMs: number,
  ): void {
    const status = res.statusCode;
    const version = req.headers['mcp-protocol-version'];

    this.metrics.recordHttpRequest(status);

    const line = {
      msg: 'mcp request',
      requestId: info.requestId,
      method: req.method,
      status,
      durationMs: Math.round(durationMs),
      clientAddress: info.clientAddress,
      ...(typeof version === 'string' && PROTOCOL_VERSION.test(version)
        ? { protocolVersion: version }
        : {}),
      // A stream the client closed before the response ended.
      ...(res.writableFinished ? {} : { aborted: true }),
    };

    if (status >= 500) {
      logger.error(line);

      return;
    }

    if (status < 400) {
      logger.log(line);

      return;
    }

    // A client's mistake: below ERROR, and throttled per address and status.
    const { log, suppressed } = this.clientMistakes.take(
      `${info.clientAddress}:${status}`,
    );

    if (log) {
      logger.warn(suppressed > 0 ? { ...line, suppressed } : line);
    }
  }
}
