import { Injectable, type NestMiddleware } from '@nestjs/common';
import { toNodeHandler } from '@modelcontextprotocol/node';
import { AsyncLocalStorage } from 'node:async_hooks';
import { type IncomingMessage, type ServerResponse } from 'node:http';

import { McpHttpHandler } from '../services/mcp-http-handler.service';

type MaybeParsedRequest = IncomingMessage & {
  body?: unknown;
  _body?: boolean;
  // Express's client address, which honours its `trust proxy` setting.
  ip?: string;
};

// Mounts the web-standard MCP handler in Nest/Express. A body an upstream
// parser already read is handed over instead of being read again.
@Injectable()
export class McpHttpMiddleware implements NestMiddleware {
  private readonly node: ReturnType<typeof toNodeHandler>;
  // The fetch-style handler sees no socket: the address rides along here.
  private readonly clientAddress = new AsyncLocalStorage<string>();

  constructor(handler: McpHttpHandler) {
    this.node = toNodeHandler({
      fetch: (request, options) =>
        handler.fetch(request, {
          parsedBody: options?.parsedBody,
          clientAddress: this.clientAddress.getStore(),
        }),
    });
  }

  use(req: MaybeParsedRequest, res: ServerResponse): void {
    const address = req.ip ?? req.socket.remoteAddress ?? 'unknown';

    this.clientAddress
      .run(address, () => this.node(req, res, req._body ? req.body : undefined))
      .catch(() => {
        if (!res.headersSent) {
          res.statusCode = 500;
          res.end();
        } else {
          res.destroy();
        }
      });
  }
}
