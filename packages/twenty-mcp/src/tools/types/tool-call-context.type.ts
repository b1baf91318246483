import { type McpRequestContext } from '../../services/workspace-context/types/mcp-request-context.type';
import { type ToolElicitation } from './tool-elicitation.type';

// What a tool handler gets for one call: the request's caller and records
// service, progress reporting and the call's cancellation.
export type ToolCallContext = McpRequestContext & {
  // Reports progress when the client asked for it (a no-op otherwise).
  reportProgress: (
    progress: number,
    total?: number,
    message?: string,
  ) => Promise<void>;
  signal: AbortSignal;
  // Null when the client cannot be asked on this request.
  elicitation: ToolElicitation | null;
};
