import { type FenceRule } from '../fence/types/fence-rule.type';

// A successful tool result: `structuredContent` matches the tool's
// outputSchema; `links` become resource_link content blocks; `fence` says
// which of its values are untrusted record text, fenced in the text
// content (structuredContent keeps them exact).
export type ToolResult = {
  structuredContent: Record<string, unknown>;
  links?: { uri: string; name: string; title?: string; description?: string }[];
  fence?: FenceRule;
};
