import { type ParsedToolArgs } from './parsed-tool-args.type';
import { type ToolDefinition } from './tool-definition.type';

// A tool with its argument and result checks compiled once.
export type CompiledTool = ToolDefinition & {
  parseInput: (args: unknown) => ParsedToolArgs<unknown>;
  // null when valid, else a message naming each problem and its path
  validateOutput: (structuredContent: unknown) => string | null;
};
