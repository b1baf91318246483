import { type JsonSchema } from './json-schema.type';
import { type ParsedToolArgs } from './parsed-tool-args.type';
import { type ToolAnnotations } from './tool-annotations.type';
import { type ToolCallContext } from './tool-call-context.type';
import { type ToolInputRequired } from './tool-input-required.type';
import { type ToolResult } from './tool-result.type';

// One tool as built for one (workspace model, permissions) pair.
export type ToolDefinition<Args = unknown> = {
  name: string;
  title: string;
  description: string;
  inputSchema: JsonSchema;
  outputSchema: JsonSchema;
  annotations: ToolAnnotations;
  // Set when inputSchema says more than parseArgs checks (per-object tools'
  // typed schemas): the tool set then validates it first.
  validateInputSchema?: boolean;
  // The one parse of a call's arguments into the handler's types: shape,
  // types and limits. What they mean against the model (fields, operators)
  // is RecordsService's to check.
  parseArgs(args: unknown): ParsedToolArgs<Args>;
  // A result, or (two-phase tools, clients that can be asked) a request to
  // ask the user first.
  handler(
    args: Args,
    context: ToolCallContext,
  ): Promise<ToolResult | ToolInputRequired>;
};
