import { type Tool } from '@modelcontextprotocol/server';
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

import { type CompiledTool } from '../types/compiled-tool.type';
import { type ToolDefinition } from '../types/tool-definition.type';
import { type ToolSet } from '../types/tool-set.type';
import { internalError } from '../../domain/exceptions/utils/internal-error.util';

const describe = (error: ErrorObject): string => {
  const path = error.instancePath || '(arguments)';

  switch (error.keyword) {
    case 'additionalProperties':
      return `${path}: unknown property "${String(error.params.additionalProperty)}"`;
    case 'enum':
      return `${path}: must be one of ${(error.params.allowedValues as unknown[]).map((value) => JSON.stringify(value)).join(', ')}`;
    case 'required':
      return `${path}: missing required property "${String(error.params.missingProperty)}"`;
    default:
      return `${path}: ${error.message ?? 'is invalid'}`;
  }
};

// Ajv errors as one line per problem, deduplicated.
const formatAjvErrors = (errors: ErrorObject[] | null | undefined): string =>
  [
    ...new Set(
      (errors ?? []).filter((error) => error.keyword !== 'if').map(describe),
    ),
  ]
    .slice(0, 10)
    .join('; ');

// Compiles what a tool set checks with an Ajv instance owned by that set
// (dropping the set from the cache frees its compiled code too): result
// schemas, and the input schemas that say more than the tool's own parser.
// Invalid schemas fail here, at build time, never on a call.
export const compileToolSet = (tools: ToolDefinition[]): ToolSet => {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: false,
    validateFormats: true,
  });

  addFormats(ajv);

  const byName = new Map<string, CompiledTool>();

  for (const tool of tools) {
    if (byName.has(tool.name)) {
      throw internalError(`Two tools are named ${tool.name}`);
    }

    const validateSchema = tool.validateInputSchema
      ? ajv.compile(tool.inputSchema)
      : null;
    const validateOutput = ajv.compile(tool.outputSchema);

    byName.set(tool.name, {
      ...tool,
      parseInput: (args) =>
        validateSchema && !validateSchema(args)
          ? { success: false, error: formatAjvErrors(validateSchema.errors) }
          : tool.parseArgs(args),
      validateOutput: (content) =>
        validateOutput(content) ? null : formatAjvErrors(validateOutput.errors),
    });
  }

  return {
    byName,
    listResult: Object.freeze({
      tools: tools.map((tool) => ({
        name: tool.name,
        title: tool.title,
        description: tool.description,
        inputSchema: tool.inputSchema as Tool['inputSchema'],
        outputSchema: tool.outputSchema as Tool['outputSchema'],
        annotations: tool.annotations,
      })),
    }),
  };
};
