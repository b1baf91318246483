import { type JsonSchema } from './json-schema.type';
import { type ToolAnnotations } from './tool-annotations.type';
import { type ToolCallContext } from './tool-call-context.type';
import { type ToolResult } from './tool-result.type';

// One tool as built for one (workspace model, permissions) pair. Arguments
// reach the handler already validated against inputSchema.
export type ToolDefinition = {
  name: string;
  title: string;
  description: string;
  inputSchema: JsonSchema;
  outputSchema: JsonSchema;
  annotations: ToolAnnotations;
  handler: (
    args: Record<string, unknown>,
    context: ToolCallContext,
  ) => Promise<ToolResult>;
};
