import { Catch, Logger } from '@nestjs/common';
import { type GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';

import { describeError } from '../../domain/exceptions/utils/describe-error.util';
import { isTwentyMcpException } from '../../domain/exceptions/utils/is-twenty-mcp-exception.util';
import { twentyMcpExceptionToGraphqlError } from '../utils/twenty-mcp-exception-to-graphql-error.util';

const logger = new Logger('TwentyMcp');

// Every failure of the settings API as a GraphQL error a client can act
// on; anything unexpected is logged and answered without its text (no SQL,
// no stack) — the settings API faces browsers.
@Catch()
export class SettingsGraphqlExceptionFilter implements GqlExceptionFilter {
  catch(exception: unknown): GraphQLError {
    if (isTwentyMcpException(exception)) {
      const error = twentyMcpExceptionToGraphqlError(exception);

      if (error.extensions.code === 'INTERNAL_SERVER_ERROR') {
        logger.error(describeError(exception));
      }

      return error;
    }

    if (exception instanceof GraphQLError) {
      return exception;
    }

    logger.error(describeError(exception));

    return new GraphQLError('Internal error.', {
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  }
}
