import { z } from 'zod';

import { QUERY_LIMITS } from '../../domain/records/constants/query-limits.const';
import { COMPACT_ARG_SCHEMAS } from '../constants/compact-arg-schemas.const';
import { COMPACT_OUTPUT_SCHEMAS } from '../constants/compact-output-schemas.const';
import { buildRecordsResultFenceRule } from '../fence/utils/build-records-result-fence-rule.util';
import { TOOL_HINTS } from '../constants/tool-annotations.const';
import { type ToolBuildEnvironment } from '../types/tool-build-environment.type';
import { type ToolDefinition } from '../types/tool-definition.type';
import { buildArgsParser } from '../utils/build-args-parser.util';
import { describeActivityTargetsUsage } from '../utils/describe-activity-targets-usage.util';
import { indexObjectsByName } from '../utils/index-objects-by-name.util';
import { objectNameArg } from '../utils/object-name-arg.util';
import { recordLinks } from '../utils/record-links.util';
import { toInputJsonSchema } from '../utils/to-input-json-schema.util';

export const FIND_RECORDS_TOOL_NAME = 'find_records';

export const buildFindRecordsArgsSchema = (
  objects: ToolBuildEnvironment['objects'],
) =>
  z.strictObject({
    object: objectNameArg(objects),
    filter: COMPACT_ARG_SCHEMAS.filter.optional(),
    search: z
      .string()
      .min(1)
      .max(200)
      .describe(
        "Free text matched against the object's searchable fields; every word must match (as a prefix).",
      )
      .optional(),
    orderBy: COMPACT_ARG_SCHEMAS.orderBy.optional(),
    limit: z
      .int()
      .min(1)
      .max(QUERY_LIMITS.maxPageSize)
      .default(QUERY_LIMITS.defaultPageSize),
    after: z
      .string()
      .describe('pageInfo.endCursor of the previous page.')
      .optional(),
    fields: COMPACT_ARG_SCHEMAS.fields.optional(),
    expand: COMPACT_ARG_SCHEMAS.expand.optional(),
    includeTotalCount: z.boolean().default(false),
    deleted: COMPACT_ARG_SCHEMAS.deleted,
  });

export type FindRecordsArgs = z.output<
  ReturnType<typeof buildFindRecordsArgsSchema>
>;

export const buildFindRecordsTool = (
  env: ToolBuildEnvironment,
): ToolDefinition<FindRecordsArgs> => {
  const argsSchema = buildFindRecordsArgsSchema(env.objects);
  const objectNamed = indexObjectsByName(env.objects);

  return {
    name: FIND_RECORDS_TOOL_NAME,
    title: 'Find records',
    description:
      `Finds records of one object with filters, free-text search, ordering and cursor pages (default ${QUERY_LIMITS.defaultPageSize}, at most ${QUERY_LIMITS.maxPageSize} per page). Prefer precise filters over reading everything; follow pageInfo.endCursor with \`after\` for more; ask for includeTotalCount to know how many match.` +
      describeActivityTargetsUsage(env, 'filter'),
    inputSchema: toInputJsonSchema(argsSchema),
    outputSchema: {
      type: 'object',
      properties: {
        object: { type: 'string' },
        records: { type: 'array', items: COMPACT_OUTPUT_SCHEMAS.record },
        pageInfo: COMPACT_OUTPUT_SCHEMAS.pageInfo,
        totalCount: { type: 'integer', minimum: 0 },
      },
      required: ['object', 'records', 'pageInfo'],
    },
    annotations: { title: 'Find records', ...TOOL_HINTS.read },
    parseArgs: buildArgsParser(argsSchema),
    handler: async ({ object: objectName, ...request }, context) => {
      const result = await context.records.find(context.access, {
        objectName,
        ...request,
      });
      const object = objectNamed(objectName);

      return {
        structuredContent: { object: objectName, ...result },
        links: recordLinks(env.workspace.workspaceId, object, result.records),
        fence: buildRecordsResultFenceRule(object, env.workspace),
      };
    },
  };
};
