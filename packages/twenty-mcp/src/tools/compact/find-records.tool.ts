import { QUERY_LIMITS } from '../../domain/records/constants/query-limits.const';
import { COMPACT_SCHEMAS } from '../constants/compact-schemas.const';
import { TOOL_HINTS } from '../constants/tool-annotations.const';
import { type ToolBuildEnvironment } from '../types/tool-build-environment.type';
import { type ToolDefinition } from '../types/tool-definition.type';
import { describeActivityTargetsUsage } from '../utils/describe-activity-targets-usage.util';
import { objectNameSchema } from '../utils/object-name-schema.util';
import { recordLinks } from '../utils/record-links.util';
import { requireToolObject } from '../utils/require-tool-object.util';

export const FIND_RECORDS_TOOL_NAME = 'find_records';

export const buildFindRecordsTool = (
  env: ToolBuildEnvironment,
): ToolDefinition => ({
  name: FIND_RECORDS_TOOL_NAME,
  title: 'Find records',
  description:
    `Finds records of one object with filters, free-text search, ordering and cursor pages (default ${QUERY_LIMITS.defaultPageSize}, at most ${QUERY_LIMITS.maxPageSize} per page). Prefer precise filters over reading everything; follow pageInfo.endCursor with \`after\` for more; ask for includeTotalCount to know how many match.` +
    describeActivityTargetsUsage(env, 'filter'),
  inputSchema: {
    type: 'object',
    properties: {
      object: objectNameSchema(env.objects),
      filter: COMPACT_SCHEMAS.filter,
      search: {
        type: 'string',
        minLength: 1,
        maxLength: 200,
        description:
          "Free text matched against the object's searchable fields; every word must match (as a prefix).",
      },
      orderBy: COMPACT_SCHEMAS.orderBy,
      limit: {
        type: 'integer',
        minimum: 1,
        maximum: QUERY_LIMITS.maxPageSize,
        default: QUERY_LIMITS.defaultPageSize,
      },
      after: {
        type: 'string',
        description: 'pageInfo.endCursor of the previous page.',
      },
      fields: COMPACT_SCHEMAS.fields,
      expand: COMPACT_SCHEMAS.expand,
      includeTotalCount: { type: 'boolean', default: false },
      deleted: COMPACT_SCHEMAS.deleted,
    },
    required: ['object'],
    additionalProperties: false,
  },
  outputSchema: {
    type: 'object',
    properties: {
      object: { type: 'string' },
      records: { type: 'array', items: COMPACT_SCHEMAS.record },
      pageInfo: COMPACT_SCHEMAS.pageInfo,
      totalCount: { type: 'integer', minimum: 0 },
    },
    required: ['object', 'records', 'pageInfo'],
  },
  annotations: { title: 'Find records', ...TOOL_HINTS.read },
  handler: async (args, context) => {
    const object = requireToolObject(context, args.object);
    const result = await context.records.find(context.access, {
      objectName: object.nameSingular,
      filter: args.filter,
      search: args.search as string | undefined,
      orderBy: args.orderBy,
      limit: args.limit as number | undefined,
      after: args.after as string | undefined,
      fields: args.fields as string[] | undefined,
      expand: args.expand as string[] | undefined,
      includeTotalCount: args.includeTotalCount as boolean | undefined,
      deleted: args.deleted as 'exclude' | 'include' | 'only' | undefined,
    });

    return {
      structuredContent: { object: object.nameSingular, ...result },
      links: recordLinks(env.workspace.workspaceId, object, result.records),
    };
  },
});
