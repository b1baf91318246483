import { z } from 'zod';

import { type JsonSchema } from '../types/json-schema.type';

// The JSON Schema a client sees for a tool's zod argument schema: 2020-12,
// as an input (defaults are optional), without the noise zod adds (the
// uuid regex beside format "uuid", empty property maps of open objects).
export const toInputJsonSchema = (schema: z.ZodType): JsonSchema => {
  const { $schema: _schema, ...jsonSchema } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    override: ({ jsonSchema: node }) => {
      if (node.format === 'uuid') {
        delete node.pattern;
      }

      if (
        node.additionalProperties !== undefined &&
        typeof node.additionalProperties === 'object' &&
        Object.keys(node.additionalProperties).length === 0
      ) {
        delete node.additionalProperties;
      }

      if (
        node.properties !== undefined &&
        Object.keys(node.properties).length === 0 &&
        node.type === 'object' &&
        node.additionalProperties === undefined
      ) {
        delete node.properties;
      }
    },
  });

  return jsonSchema as JsonSchema;
};
