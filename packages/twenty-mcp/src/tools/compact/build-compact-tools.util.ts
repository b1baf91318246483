import { type ToolBuildEnvironment } from '../types/tool-build-environment.type';
import { type ToolDefinition } from '../types/tool-definition.type';
import { buildAggregateRecordsTool } from './aggregate-records.tool';
import { buildIdsTool } from './build-ids-tool.util';
import { buildWriteTool } from './build-write-tool.util';
import { buildDescribeObjectTool } from './describe-object.tool';
import { buildErasePersonTool } from './erase-person.tool';
import { buildFindRecordsTool } from './find-records.tool';
import { buildGetRecordsTool } from './get-records.tool';
import { buildListObjectsTool } from './list-objects.tool';
import { buildSearchRecordsTool } from './search-records.tool';

// The compact surface: a fixed set of generic tools, in a fixed order; the
// ones no object allows are left out. With no readable object, no tools.
export const buildCompactTools = (
  env: ToolBuildEnvironment,
): ToolDefinition[] => {
  if (env.objects.length === 0) {
    return [];
  }

  const tools: (ToolDefinition | null)[] = [
    buildListObjectsTool(env),
    buildDescribeObjectTool(env),
    buildSearchRecordsTool(env),
    buildFindRecordsTool(env),
    buildGetRecordsTool(env),
    buildAggregateRecordsTool(env),
    buildWriteTool(env, 'create'),
    buildWriteTool(env, 'update'),
    buildIdsTool(env, 'delete'),
    buildIdsTool(env, 'restore'),
    buildIdsTool(env, 'destroy'),
    buildErasePersonTool(env),
  ];

  return tools.filter((tool) => tool !== null);
};
