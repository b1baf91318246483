// A successful tool result: `structuredContent` matches the tool's
// outputSchema; `links` become resource_link content blocks.
export type ToolResult = {
  structuredContent: Record<string, unknown>;
  links?: { uri: string; name: string; title?: string; description?: string }[];
};
