// A JSON-RPC error outside any request (id null), as Streamable HTTP wants
// for transport-level refusals.
export const jsonRpcErrorResponse = (
  status: number,
  code: number,
  message: string,
): Response =>
  Response.json(
    { jsonrpc: '2.0', error: { code, message }, id: null },
    { status },
  );
