import { TwentyMcpException } from '../../../../domain/exceptions/twenty-mcp.exception';
import { TwentyMcpExceptionCode } from '../../../../domain/exceptions/twenty-mcp-exception-code.enum';
import { type ObjectSchema } from '../../../../domain/workspace/types/workspace-schema.type';
import { translateDatabaseError } from './translate-database-error.util';

// query_canceled: by the statement timeout or by a CancelRequest.
const QUERY_CANCELED = '57014';

const sqlState = (error: unknown): unknown => {
  const { code, driverError } = (error ?? {}) as {
    code?: unknown;
    driverError?: { code?: unknown };
  };

  return driverError?.code ?? code;
};

// A query's failure as the port promises it: cancelled by the caller, stopped
// by the statement timeout, or whatever translateDatabaseError makes of it.
export const translateQueryFailure = (
  error: unknown,
  {
    objects,
    signal,
    statementTimeoutMs,
  }: {
    objects: readonly ObjectSchema[];
    signal: AbortSignal | undefined;
    statementTimeoutMs: number;
  },
): TwentyMcpException => {
  if (signal?.aborted) {
    return new TwentyMcpException(
      'The request was cancelled.',
      TwentyMcpExceptionCode.CANCELLED,
    );
  }

  if (sqlState(error) === QUERY_CANCELED) {
    return new TwentyMcpException(
      `The query took longer than this server allows (${statementTimeoutMs / 1000} s) and was stopped. Narrow it: a more selective filter, fewer "or" branches or "containsIlike" conditions, a smaller limit, fewer expansions.`,
      TwentyMcpExceptionCode.LIMIT_EXCEEDED,
      { details: { cause: error } },
    );
  }

  return translateDatabaseError(error, objects);
};
