// Failure kinds every layer reports with. Each surface maps them once:
// protocol/utils/twenty-mcp-exception-to-http.util.ts (HTTP + JSON-RPC) and
// settings/utils/twenty-mcp-exception-to-graphql-error.util.ts (GraphQL);
// inside a tool call they become results with isError: true.
export enum TwentyMcpExceptionCode {
  INVALID_ARGUMENT = 'INVALID_ARGUMENT',
  NOT_FOUND = 'NOT_FOUND',
  // An authenticated caller whose role or token does not allow this.
  FORBIDDEN = 'FORBIDDEN',
  CONFLICT = 'CONFLICT',
  LIMIT_EXCEEDED = 'LIMIT_EXCEEDED',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  // A valid credential that grants none of what the endpoint needs.
  INSUFFICIENT_SCOPE = 'INSUFFICIENT_SCOPE',
  // The workspace is inactive in Twenty or MCP is turned off for it.
  WORKSPACE_UNAVAILABLE = 'WORKSPACE_UNAVAILABLE',
  RATE_LIMITED = 'RATE_LIMITED',
  CANCELLED = 'CANCELLED',
  // A dependency (PostgreSQL, an authorization server) cannot be reached.
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  // The module was configured wrongly; raised at start-up.
  INVALID_CONFIGURATION = 'INVALID_CONFIGURATION',
  // A broken invariant: a bug, never the caller's fault.
  INTERNAL_ERROR = 'INTERNAL_ERROR',
}
