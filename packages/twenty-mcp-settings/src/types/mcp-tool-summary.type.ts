export type McpToolSummary = {
  name: string;
  title: string | null;
  description: string;
};
