import { GraphQLError } from 'graphql';

import { TwentyMcpExceptionCode } from '../../domain/exceptions/twenty-mcp-exception-code.enum';
import { type TwentyMcpException } from '../../domain/exceptions/twenty-mcp.exception';
import { assertUnreachable } from '../../domain/exceptions/utils/assert-unreachable.util';

// How the settings API reports an exception: a GraphQL error whose
// extensions.code is the one Apollo and Twenty's own API use. Internal
// failures never show their message.
export const twentyMcpExceptionToGraphqlError = (
  exception: TwentyMcpException,
): GraphQLError => {
  const error = (code: string, message = exception.message) =>
    new GraphQLError(message, { extensions: { code } });

  switch (exception.code) {
    case TwentyMcpExceptionCode.INVALID_ARGUMENT:
    case TwentyMcpExceptionCode.LIMIT_EXCEEDED:
    case TwentyMcpExceptionCode.CANCELLED:
      return error('BAD_USER_INPUT');
    case TwentyMcpExceptionCode.UNAUTHENTICATED:
      return error('UNAUTHENTICATED');
    case TwentyMcpExceptionCode.FORBIDDEN:
    case TwentyMcpExceptionCode.INSUFFICIENT_SCOPE:
    case TwentyMcpExceptionCode.WORKSPACE_UNAVAILABLE:
      return error('FORBIDDEN');
    case TwentyMcpExceptionCode.NOT_FOUND:
      return error('NOT_FOUND');
    case TwentyMcpExceptionCode.CONFLICT:
      return error('CONFLICT');
    case TwentyMcpExceptionCode.RATE_LIMITED:
      return error('TOO_MANY_REQUESTS');
    case TwentyMcpExceptionCode.SERVICE_UNAVAILABLE:
      return error('SERVICE_UNAVAILABLE');
    case TwentyMcpExceptionCode.INVALID_CONFIGURATION:
    case TwentyMcpExceptionCode.INTERNAL_ERROR:
      return error('INTERNAL_SERVER_ERROR', 'Internal error.');
    default:
      return assertUnreachable(exception.code);
  }
};
