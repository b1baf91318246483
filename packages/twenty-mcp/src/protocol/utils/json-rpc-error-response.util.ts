import { type JsonRpcErrorCode } from '../constants/json-rpc-error-code.const';

// A JSON-RPC error outside any request (id null), as Streamable HTTP wants
// for transport-level refusals.
export const jsonRpcErrorResponse = (
  status: number,
  code: JsonRpcErrorCode,
  message: string,
): Response =>
  Response.json(
    { jsonrpc: '2.0', error: { code, message }, id: null },
    { status },
  );
