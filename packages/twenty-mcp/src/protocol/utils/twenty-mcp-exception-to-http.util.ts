import { TwentyMcpExceptionCode } from '../../domain/exceptions/twenty-mcp-exception-code.enum';
import { type TwentyMcpException } from '../../domain/exceptions/twenty-mcp.exception';
import { assertUnreachable } from '../../domain/exceptions/utils/assert-unreachable.util';
import {
  JSON_RPC_ERROR_CODE,
  type JsonRpcErrorCode,
} from '../constants/json-rpc-error-code.const';

const INTERNAL_MESSAGE = 'Internal error.';

// How an exception raised before the MCP server runs (authentication,
// workspace, settings) is answered over HTTP: the status, the JSON-RPC code
// and the message the client may read. Internal failures never show their
// message.
export const twentyMcpExceptionToHttp = (
  exception: TwentyMcpException,
): { status: number; code: JsonRpcErrorCode; message: string } => {
  const refuse = (status: number, code: JsonRpcErrorCode) => ({
    status,
    code,
    message: exception.message,
  });

  switch (exception.code) {
    case TwentyMcpExceptionCode.INVALID_ARGUMENT:
    case TwentyMcpExceptionCode.CANCELLED:
      return refuse(400, JSON_RPC_ERROR_CODE.INVALID_PARAMS);
    case TwentyMcpExceptionCode.UNAUTHENTICATED:
      return refuse(401, JSON_RPC_ERROR_CODE.UNAUTHORIZED);
    case TwentyMcpExceptionCode.FORBIDDEN:
    case TwentyMcpExceptionCode.INSUFFICIENT_SCOPE:
    case TwentyMcpExceptionCode.WORKSPACE_UNAVAILABLE:
      return refuse(403, JSON_RPC_ERROR_CODE.SERVER_ERROR);
    case TwentyMcpExceptionCode.NOT_FOUND:
      return refuse(404, JSON_RPC_ERROR_CODE.SERVER_ERROR);
    case TwentyMcpExceptionCode.CONFLICT:
      return refuse(409, JSON_RPC_ERROR_CODE.SERVER_ERROR);
    case TwentyMcpExceptionCode.LIMIT_EXCEEDED:
      return refuse(413, JSON_RPC_ERROR_CODE.INVALID_REQUEST);
    case TwentyMcpExceptionCode.RATE_LIMITED:
      return refuse(429, JSON_RPC_ERROR_CODE.SERVER_ERROR);
    case TwentyMcpExceptionCode.SERVICE_UNAVAILABLE:
      return refuse(503, JSON_RPC_ERROR_CODE.SERVER_ERROR);
    case TwentyMcpExceptionCode.INVALID_CONFIGURATION:
    case TwentyMcpExceptionCode.INTERNAL_ERROR:
      return {
        status: 500,
        code: JSON_RPC_ERROR_CODE.INTERNAL_ERROR,
        message: INTERNAL_MESSAGE,
      };
    default:
      return assertUnreachable(exception.code);
  }
};
