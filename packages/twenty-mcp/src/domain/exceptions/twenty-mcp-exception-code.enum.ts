// Failure kinds every layer reports with. Tool-level ones become MCP tool
// results with isError: true; authentication ones become HTTP 401.
export enum TwentyMcpExceptionCode {
  INVALID_ARGUMENT = 'INVALID_ARGUMENT',
  NOT_FOUND = 'NOT_FOUND',
  FORBIDDEN = 'FORBIDDEN',
  CONFLICT = 'CONFLICT',
  LIMIT_EXCEEDED = 'LIMIT_EXCEEDED',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  // A valid credential that grants none of what the endpoint needs (HTTP 403).
  INSUFFICIENT_SCOPE = 'INSUFFICIENT_SCOPE',
  WORKSPACE_UNAVAILABLE = 'WORKSPACE_UNAVAILABLE',
  CANCELLED = 'CANCELLED',
}
