import { JSON_RPC_ERROR_CODE } from '../constants/json-rpc-error-code.const';
import { formatMebibytes } from './format-mebibytes.util';

// A batch's JSON reply larger than `maxBytes` (entries each within the
// per-result limit can add up) is replaced by one JSON-RPC error. A single
// request's reply passes untouched, unread: its tool result is bounded on
// its own, and tools/list must never be replaced by an error. Streams pass
// as they are: their results are bounded one by one.
export const capJsonResponse = async (
  response: Response,
  maxBytes: number,
  body: unknown,
): Promise<Response> => {
  if (
    !Array.isArray(body) ||
    !response.body ||
    !(response.headers.get('content-type') ?? '').startsWith('application/json')
  ) {
    return response;
  }

  const text = await response.text();
  const bytes = Buffer.byteLength(text);

  if (bytes <= maxBytes) {
    return new Response(text, {
      status: response.status,
      headers: response.headers,
    });
  }

  return Response.json({
    jsonrpc: '2.0',
    id: null,
    error: {
      code: JSON_RPC_ERROR_CODE.SERVER_ERROR,
      message: `The response would be ${formatMebibytes(bytes)}, more than the ${formatMebibytes(maxBytes)} this server answers with; send fewer requests per batch, or ask for fewer records, fields or expansions.`,
    },
  });
};
