import { type McpCallLimits } from '../../config/types/mcp-call-limits.type';
import { type McpRequestContext } from '../../services/workspace-context/types/mcp-request-context.type';
import { type ToolSet } from '../../tools/types/tool-set.type';

// What the HTTP layer resolved for one request before the MCP server runs.
export type McpRequestState = McpRequestContext & {
  toolSet: ToolSet;
  callLimits: McpCallLimits;
};
