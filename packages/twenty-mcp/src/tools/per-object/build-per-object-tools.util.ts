import { QUERY_LIMITS } from '../../domain/records/constants/query-limits.const';
import { buildAggregateRecordsTool } from '../compact/aggregate-records.tool';
import { buildIdsTool } from '../compact/build-ids-tool.util';
import { buildWriteTool } from '../compact/build-write-tool.util';
import { buildErasePersonTool } from '../compact/erase-person.tool';
import { buildFindRecordsTool } from '../compact/find-records.tool';
import { buildGetRecordsTool } from '../compact/get-records.tool';
import { buildListObjectsTool } from '../compact/list-objects.tool';
import { buildSearchRecordsTool } from '../compact/search-records.tool';
import { buildCreateInputSchema } from '../schema/utils/build-create-input-schema.util';
import { buildExpandSchema } from '../schema/utils/build-expand-schema.util';
import { buildFieldNamesSchema } from '../schema/utils/build-field-names-schema.util';
import { buildFilterSchema } from '../schema/utils/build-filter-schema.util';
import { buildOrderBySchema } from '../schema/utils/build-order-by-schema.util';
import { buildRecordOutputSchema } from '../schema/utils/build-record-output-schema.util';
import { buildUpdateInputSchema } from '../schema/utils/build-update-input-schema.util';
import { describeConfirmationStep } from '../utils/describe-confirmation-step.util';
import { type ToolBuildEnvironment } from '../types/tool-build-environment.type';
import { type ToolDefinition } from '../types/tool-definition.type';
import { specializeTool } from './specialize-tool.util';
import { toToolNameStem } from './to-tool-name-stem.util';

const records = (items: unknown, maxItems?: number) => ({
  type: 'array',
  items,
  ...(maxItems ? { minItems: 1, maxItems } : {}),
});

// The per-object surface: for each object, typed tools for each operation
// the role allows (find_people, create_people, …), plus list_objects and
// cross-object search. Exact schemas cost tokens: for few objects.
export const buildPerObjectTools = (
  env: ToolBuildEnvironment,
): ToolDefinition[] => {
  if (env.objects.length === 0) {
    return [];
  }

  const readableObjectNames = new Set(env.permissions.objects.keys());
  const perObject = env.objects.flatMap((object): (ToolDefinition | null)[] => {
    const single = { ...env, objects: [object] };
    const view = {
      object,
      access: env.permissions.objects.get(object.nameSingular)!,
      readableObjectNames,
    };
    const stem = toToolNameStem(object.namePlural);
    const label = object.labelPlural.toLowerCase();
    const output = buildRecordOutputSchema(view);
    const expand = buildExpandSchema(view);
    const selection = {
      fields: buildFieldNamesSchema(view),
      ...(expand ? { expand } : {}),
    };
    const specialize = <Args>(
      tool: ToolDefinition<Args> | null,
      name: string,
      description: string,
      inputProperties: Record<string, unknown>,
      outputProperties: Record<string, unknown>,
    ) =>
      tool
        ? specializeTool({
            tool,
            object,
            name: `${name}_${stem}`,
            title: `${tool.title.replace(/records?/, label)}`,
            description,
            inputProperties: inputProperties as never,
            outputProperties: outputProperties as never,
          })
        : null;

    return [
      specialize(
        buildFindRecordsTool(single),
        'find',
        `Finds ${label} with filters, free-text search, ordering and cursor pages (at most ${QUERY_LIMITS.maxPageSize} per page; follow pageInfo.endCursor with \`after\`).`,
        {
          filter: buildFilterSchema(view),
          orderBy: buildOrderBySchema(view),
          ...selection,
        },
        { records: records(output) },
      ),
      specialize(
        buildGetRecordsTool(single),
        'get',
        `Reads ${label} by id.`,
        selection,
        { records: records(output) },
      ),
      specialize(
        buildAggregateRecordsTool(single),
        'aggregate',
        `Counts and summarises ${label}, optionally grouped by up to ${QUERY_LIMITS.maxGroupByFields} fields; currency metrics are in currency units.`,
        { filter: buildFilterSchema(view) },
        {},
      ),
      specialize(
        buildWriteTool(single, 'create'),
        'create',
        `Creates up to ${QUERY_LIMITS.maxBatchSize} ${label} in one transaction and returns them.`,
        {
          records: records(
            buildCreateInputSchema(view),
            QUERY_LIMITS.maxBatchSize,
          ),
        },
        { records: records(output) },
      ),
      specialize(
        buildWriteTool(single, 'update'),
        'update',
        `Updates up to ${QUERY_LIMITS.maxBatchSize} ${label} in one transaction: each entry has the id and only the fields to change.`,
        {
          records: records(
            buildUpdateInputSchema(view),
            QUERY_LIMITS.maxBatchSize,
          ),
        },
        { records: records(output) },
      ),
      specialize(
        buildIdsTool(single, 'delete'),
        'delete',
        `Moves ${label} to the trash (restorable). ${describeConfirmationStep('delete', env.confirmations)}`,
        {},
        {},
      ),
      specialize(
        buildIdsTool(single, 'restore'),
        'restore',
        `Brings ${label} back from the trash.`,
        {},
        {},
      ),
      specialize(
        buildIdsTool(single, 'destroy'),
        'destroy',
        `Permanently removes ${label}; cannot be undone. Only when the user explicitly asks to erase data. ${describeConfirmationStep('destroy', env.confirmations)}`,
        {},
        {},
      ),
    ];
  });
  const tools: (ToolDefinition | null)[] = [
    buildListObjectsTool(env),
    buildSearchRecordsTool(env),
    ...perObject,
    buildErasePersonTool(env),
  ];

  return tools.filter((tool) => tool !== null);
};
