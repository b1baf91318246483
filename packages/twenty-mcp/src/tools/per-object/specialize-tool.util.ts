import { type ObjectSchema } from '../../domain/workspace/types/workspace-schema.type';
import { isPlainObject } from '../../domain/values/utils/is-plain-object.util';
import { hoistSchemaDefs } from '../schema/utils/hoist-schema-defs.util';
import { type JsonSchema } from '../types/json-schema.type';
import { type ToolDefinition } from '../types/tool-definition.type';

// Turns a compact tool into the per-object one: the object is fixed, so the
// `object` argument goes and typed schemas take the generic ones' place.
// The typed input schema is checked as published (it says more than the
// compact tool's parser), then the call runs as the compact tool's.
export const specializeTool = <Args>({
  tool,
  object,
  name,
  title,
  description,
  inputProperties,
  outputProperties,
}: {
  tool: ToolDefinition<Args>;
  object: ObjectSchema;
  name: string;
  title: string;
  description: string;
  inputProperties: Record<string, JsonSchema>;
  outputProperties: Record<string, JsonSchema>;
}): ToolDefinition<Args> => {
  const input = tool.inputSchema as {
    properties: Record<string, JsonSchema>;
    required?: string[];
  };
  const output = tool.outputSchema as {
    properties: Record<string, JsonSchema>;
    required?: string[];
  };
  const { object: _object, ...genericInput } = input.properties;

  return {
    ...tool,
    name,
    title,
    description,
    annotations: { ...tool.annotations, title },
    inputSchema: hoistSchemaDefs({
      ...tool.inputSchema,
      properties: { ...genericInput, ...inputProperties },
      required: (input.required ?? []).filter(
        (property) => property !== 'object',
      ),
    }),
    outputSchema: hoistSchemaDefs({
      ...tool.outputSchema,
      properties: { ...output.properties, ...outputProperties },
    }),
    validateInputSchema: true,
    parseArgs: (args) =>
      tool.parseArgs(
        isPlainObject(args) ? { ...args, object: object.nameSingular } : args,
      ),
  };
};
