import { AsyncLocalStorage } from 'node:async_hooks';

import { type McpHttpRequestInfo } from '../types/mcp-http-request-info.type';

// The HTTP request being served, for code the fetch-style handler calls
// (tool calls inside the MCP SDK) that sees no socket or headers: set by
// McpHttpMiddleware around each request.
export const MCP_HTTP_REQUEST_STORAGE =
  new AsyncLocalStorage<McpHttpRequestInfo>();
