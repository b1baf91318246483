// JSON-RPC 2.0 error codes this endpoint answers with: the standard ones,
// and in the server range -32000…-32099 a generic refusal and the
// authentication challenge MCP clients recognise.
export const JSON_RPC_ERROR_CODE = {
  PARSE_ERROR: -32_700,
  INVALID_REQUEST: -32_600,
  METHOD_NOT_FOUND: -32_601,
  INVALID_PARAMS: -32_602,
  INTERNAL_ERROR: -32_603,
  SERVER_ERROR: -32_000,
  UNAUTHORIZED: -32_001,
} as const;

export type JsonRpcErrorCode =
  (typeof JSON_RPC_ERROR_CODE)[keyof typeof JSON_RPC_ERROR_CODE];
