// Failure kinds every layer reports with. Tool-level ones become MCP tool
// results with isError: true; authentication ones become HTTP 401.
export enum TwentyMcpExceptionCode {
  INVALID_ARGUMENT = 'INVALID_ARGUMENT',
  NOT_FOUND = 'NOT_FOUND',
  FORBIDDEN = 'FORBIDDEN',
  CONFLICT = 'CONFLICT',
  LIMIT_EXCEEDED = 'LIMIT_EXCEEDED',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  WORKSPACE_UNAVAILABLE = 'WORKSPACE_UNAVAILABLE',
  CANCELLED = 'CANCELLED',
}
