import { type ObjectSchema } from '../../domain/workspace/types/workspace-schema.type';
import { hoistSchemaDefs } from '../schema/utils/hoist-schema-defs.util';
import { type JsonSchema } from '../types/json-schema.type';
import { type ToolDefinition } from '../types/tool-definition.type';

// Turns a compact tool into the per-object one: the object is fixed, so the
// `object` argument goes and typed schemas take the generic ones' place.
export const specializeTool = ({
  tool,
  object,
  name,
  title,
  description,
  inputProperties,
  outputProperties,
}: {
  tool: ToolDefinition;
  object: ObjectSchema;
  name: string;
  title: string;
  description: string;
  inputProperties: Record<string, JsonSchema>;
  outputProperties: Record<string, JsonSchema>;
}): ToolDefinition => {
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
    handler: (args, context) =>
      tool.handler({ ...args, object: object.nameSingular }, context),
  };
};
