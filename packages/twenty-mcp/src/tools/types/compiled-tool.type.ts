import { type ToolDefinition } from './tool-definition.type';

// A tool with its argument and result validators compiled once.
export type CompiledTool = ToolDefinition & {
  // null when valid, else a message naming each problem and its path
  validateInput: (args: unknown) => string | null;
  validateOutput: (structuredContent: unknown) => string | null;
};
