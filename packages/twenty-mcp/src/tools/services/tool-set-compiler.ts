import { type Tool } from '@modelcontextprotocol/server';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

import { type CompiledTool } from '../types/compiled-tool.type';
import { type ToolDefinition } from '../types/tool-definition.type';
import { type ToolSet } from '../types/tool-set.type';
import { formatValidationErrors } from '../utils/format-validation-errors.util';

// Compiles every schema of a tool set with an Ajv instance owned by that set,
// so dropping the set from the cache frees its compiled code too. Invalid
// schemas fail here, at build time, never on a call.
export const compileToolSet = (
  key: string,
  tools: ToolDefinition[],
): ToolSet => {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: false,
    validateFormats: true,
  });

  addFormats(ajv);

  const byName = new Map<string, CompiledTool>();

  for (const tool of tools) {
    if (byName.has(tool.name)) {
      throw new Error(`Two tools are named ${tool.name}`);
    }

    const validateInput = ajv.compile(tool.inputSchema);
    const validateOutput = ajv.compile(tool.outputSchema);

    byName.set(tool.name, {
      ...tool,
      validateInput: (args) =>
        validateInput(args)
          ? null
          : formatValidationErrors(validateInput.errors),
      validateOutput: (content) =>
        validateOutput(content)
          ? null
          : formatValidationErrors(validateOutput.errors),
    });
  }

  return {
    key,
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
