import { type ArgumentsHost, Catch, Logger } from '@nestjs/common';
import { GqlArgumentsHost, type GqlExceptionFilter } from '@nestjs/graphql';
import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';

import { describeError } from '../../domain/exceptions/utils/describe-error.util';
import { isTwentyMcpException } from '../../domain/exceptions/utils/is-twenty-mcp-exception.util';
import { twentyMcpExceptionToGraphqlError } from '../utils/twenty-mcp-exception-to-graphql-error.util';

const logger = new Logger('TwentyMcp');

const SANE_REQUEST_ID = /^[\w.:-]{1,128}$/;

type RequestLike = { id?: unknown; headers?: Record<string, unknown> };

// The host's request id (pino-http's req.id, or X-Request-Id), else a new
// one: what the log line and the client's error share.
const requestIdOf = (host: ArgumentsHost): string => {
  const request = GqlArgumentsHost.create(host).getContext<{
    req?: RequestLike;
  }>()?.req;

  for (const candidate of [request?.id, request?.headers?.['x-request-id']]) {
    if (typeof candidate === 'string' && SANE_REQUEST_ID.test(candidate)) {
      return candidate;
    }
  }

  return randomUUID();
};

// Every failure of the settings API as a GraphQL error a client can act
// on; anything unexpected is logged with its cause and answered with only
// the request id (no SQL, no table names, no stack) — the settings API
// faces browsers.
@Catch()
export class SettingsGraphqlExceptionFilter implements GqlExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): GraphQLError {
    if (isTwentyMcpException(exception)) {
      const error = twentyMcpExceptionToGraphqlError(exception);

      return error.extensions.code === 'INTERNAL_SERVER_ERROR'
        ? this.internal(exception, host)
        : error;
    }

    if (exception instanceof GraphQLError) {
      return exception;
    }

    return this.internal(exception, host);
  }

  private internal(exception: unknown, host: ArgumentsHost): GraphQLError {
    const requestId = requestIdOf(host);

    logger.error({
      msg: 'settings API request failed',
      requestId,
      errorClass:
        exception instanceof Error ? exception.name : typeof exception,
      cause: describeError(exception),
    });

    return new GraphQLError(`Internal error (request id ${requestId}).`, {
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
    });
  }
}
