import { type McpToolSummary } from './mcp-tool-summary.type';

export type McpToolPreview = {
  tools: McpToolSummary[];
  tokenCount: number;
  toolsListJson: string;
};
