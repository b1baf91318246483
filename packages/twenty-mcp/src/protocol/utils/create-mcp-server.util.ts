import {
  type JSONRPCRequest,
  ProtocolError,
  ProtocolErrorCode,
  type Result,
  Server,
  type ServerContext,
} from '@modelcontextprotocol/server';

import { describeInvalidParams } from './describe-invalid-params.util';

type Handler = (request: JSONRPCRequest, ctx: ServerContext) => Promise<Result>;

// The SDK's Server, except that a request whose params break the method's
// wire schema is answered -32602 Invalid params with a short message, in
// both eras: the SDK itself throws a plain Error (→ -32603 Internal error)
// carrying the serialised issue list for every method but tools/call.
class ParamsCheckedServer extends Server {
  protected override _wrapHandler(method: string, handler: Handler): Handler {
    const wrapped = super._wrapHandler(method, handler);

    return async (request, ctx) => {
      try {
        return await wrapped(request, ctx);
      } catch (error) {
        const invalid =
          error instanceof Error &&
          (!(error instanceof ProtocolError) ||
            error.code === ProtocolErrorCode.InvalidParams)
            ? describeInvalidParams(method, error.message)
            : null;

        throw invalid === null
          ? error
          : new ProtocolError(ProtocolErrorCode.InvalidParams, invalid);
      }
    };
  }
}

export const createMcpServer = (
  ...args: ConstructorParameters<typeof Server>
): Server => new ParamsCheckedServer(...args);
