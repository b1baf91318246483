import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import { toNodeHandler } from '@modelcontextprotocol/node';
import { type IncomingMessage, type ServerResponse } from 'node:http';

import { TWENTY_MCP_HTTP_HANDLER } from '../../constants/twenty-mcp-tokens.const';
import { type McpHttpHandler } from '../services/mcp-http-handler';

type MaybeParsedRequest = IncomingMessage & { body?: unknown; _body?: boolean };

// Mounts the web-standard MCP handler in Nest/Express. A body an upstream
// parser already read is handed over instead of being read again.
@Injectable()
export class McpHttpMiddleware implements NestMiddleware {
  private readonly node: ReturnType<typeof toNodeHandler>;

  constructor(@Inject(TWENTY_MCP_HTTP_HANDLER) handler: McpHttpHandler) {
    this.node = toNodeHandler({
      fetch: (request, options) =>
        handler.fetch(request, { parsedBody: options?.parsedBody }),
    });
  }

  use(req: MaybeParsedRequest, res: ServerResponse): void {
    this.node(req, res, req._body ? req.body : undefined).catch(() => {
      if (!res.headersSent) {
        res.statusCode = 500;
        res.end();
      } else {
        res.destroy();
      }
    });
  }
}
