import { type ListToolsResult } from '@modelcontextprotocol/server';

import { type CompiledTool } from './compiled-tool.type';

// The tools one principal sees, built once per (workspace model, role,
// scopes, allow-list, mode) and reused until the model or the role changes.
export type ToolSet = {
  byName: ReadonlyMap<string, CompiledTool>;
  // tools/list payload, frozen: the SDK copies results, never mutates them
  listResult: ListToolsResult;
};
