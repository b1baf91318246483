import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import { type IncomingMessage, type ServerResponse } from 'node:http';

import { TWENTY_MCP_CONFIG } from '../../config/constants/twenty-mcp-config.token';
import { type TwentyMcpConfig } from '../../config/types/twenty-mcp-config.type';
import { isSettingsOriginAllowed } from '../utils/is-settings-origin-allowed.util';
import { readBodyWithinLimit } from '../utils/read-body-within-limit.util';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const refuse = (
  response: ServerResponse,
  status: number,
  code: string,
  message: string,
) => {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
  });
  response.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
};

// What the settings API refuses before GraphQL (and authentication) sees a
// request: state-changing requests from a foreign browser origin (CSRF,
// DNS rebinding), and bodies over the limit, which it stops reading. The
// body read here is handed to GraphQL Yoga as req.body.
@Injectable()
export class SettingsApiHttpMiddleware implements NestMiddleware {
  constructor(
    @Inject(TWENTY_MCP_CONFIG) private readonly config: TwentyMcpConfig,
  ) {}

  async use(
    request: IncomingMessage & { body?: unknown },
    response: ServerResponse,
    next: (error?: unknown) => void,
  ): Promise<void> {
    const method = (request.method ?? 'GET').toUpperCase();

    if (SAFE_METHODS.has(method)) {
      return next();
    }

    const origin = request.headers.origin;

    if (
      !isSettingsOriginAllowed({
        origin,
        host: request.headers.host,
        allowedOrigins: this.config.settingsApi.allowedOrigins,
        allowedHosts: this.config.endpoint.allowedHosts,
      })
    ) {
      return refuse(
        response,
        403,
        'FORBIDDEN',
        `Requests from ${origin} may not use the settings API. Open the settings page at ${this.config.settingsUrl}, or add the origin to the allowed settings origins.`,
      );
    }

    // A body parser in front of the module (e.g. Twenty's) already read it
    // under its own limit.
    if (request.body !== undefined) {
      return next();
    }

    const { maxBodyBytes } = this.config.settingsApi;
    const tooLarge = () => {
      // Do not read the rest: close the connection once refused.
      response.setHeader('connection', 'close');
      response.once('finish', () => request.destroy());
      refuse(
        response,
        413,
        'PAYLOAD_TOO_LARGE',
        `Request bodies are limited to ${maxBodyBytes} bytes.`,
      );
    };

    if (Number(request.headers['content-length'] ?? 0) > maxBodyBytes) {
      return tooLarge();
    }

    try {
      const body = await readBodyWithinLimit(request, maxBodyBytes);

      if (body === null) {
        return tooLarge();
      }

      request.body = body.length > 0 ? body : undefined;
      next();
    } catch (error) {
      next(error);
    }
  }
}
