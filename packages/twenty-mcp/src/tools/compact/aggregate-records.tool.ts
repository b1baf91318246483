import { QUERY_LIMITS } from '../../domain/records/constants/query-limits.const';
import { COMPACT_SCHEMAS } from '../constants/compact-schemas.const';
import { TOOL_HINTS } from '../constants/tool-annotations.const';
import { type ToolBuildEnvironment } from '../types/tool-build-environment.type';
import { type ToolDefinition } from '../types/tool-definition.type';
import { objectNameSchema } from '../utils/object-name-schema.util';
import { requireToolObject } from '../utils/require-tool-object.util';

export const AGGREGATE_RECORDS_TOOL_NAME = 'aggregate_records';

export const AGGREGATE_OPERATIONS = [
  'COUNT',
  'SUM',
  'AVG',
  'MIN',
  'MAX',
  'COUNT_UNIQUE',
  'COUNT_EMPTY',
  'COUNT_NOT_EMPTY',
  'PERCENTAGE_EMPTY',
  'PERCENTAGE_NOT_EMPTY',
  'COUNT_TRUE',
  'COUNT_FALSE',
] as const;

export const DATE_GRANULARITIES = [
  'DAY',
  'WEEK',
  'MONTH',
  'QUARTER',
  'YEAR',
  'DAY_OF_WEEK',
  'MONTH_OF_YEAR',
] as const;

export const buildAggregateRecordsTool = ({
  objects,
}: ToolBuildEnvironment): ToolDefinition => ({
  name: AGGREGATE_RECORDS_TOOL_NAME,
  title: 'Aggregate records',
  description: `Counts and summarises records of one object, optionally grouped by up to ${QUERY_LIMITS.maxGroupByFields} fields (dates by DAY … YEAR in a time zone; composite sub-fields such as amount.currencyCode). Metrics: ${AGGREGATE_OPERATIONS.join(', ')}. Currency sums and averages are in currency units — group by currencyCode when currencies differ.`,
  inputSchema: {
    type: 'object',
    properties: {
      object: objectNameSchema(objects),
      filter: COMPACT_SCHEMAS.filter,
      groupBy: {
        type: 'array',
        maxItems: QUERY_LIMITS.maxGroupByFields,
        items: {
          type: 'object',
          properties: {
            field: { type: 'string' },
            subField: { type: 'string' },
            granularity: { type: 'string', enum: [...DATE_GRANULARITIES] },
          },
          required: ['field'],
          additionalProperties: false,
        },
      },
      metrics: {
        type: 'array',
        minItems: 1,
        maxItems: 10,
        items: {
          type: 'object',
          properties: {
            op: { type: 'string', enum: [...AGGREGATE_OPERATIONS] },
            field: { type: 'string', description: 'Not needed for COUNT.' },
            subField: { type: 'string' },
          },
          required: ['op'],
          additionalProperties: false,
        },
      },
      orderBy: {
        type: 'array',
        maxItems: 3,
        description:
          'Sort groups by a metric or a group key, by index: [{"metric": 0, "direction": "DESC"}] or [{"group": 0, "direction": "ASC"}].',
        items: {
          type: 'object',
          properties: {
            metric: { type: 'integer', minimum: 0 },
            group: { type: 'integer', minimum: 0 },
            direction: { type: 'string', enum: ['ASC', 'DESC'] },
          },
          required: ['direction'],
          additionalProperties: false,
        },
      },
      limit: {
        type: 'integer',
        minimum: 1,
        maximum: QUERY_LIMITS.maxAggregateGroups,
        default: 50,
      },
      timeZone: {
        type: 'string',
        description: 'IANA time zone for date groups, default UTC.',
      },
    },
    required: ['object', 'metrics'],
    additionalProperties: false,
  },
  outputSchema: {
    type: 'object',
    properties: {
      object: { type: 'string' },
      groups: {
        type: 'array',
        items: {
          type: 'object',
          properties: { key: { type: 'object' }, values: { type: 'object' } },
          required: ['key', 'values'],
        },
      },
      hasMoreGroups: {
        type: 'boolean',
        description: 'More groups exist than the limit returned.',
      },
    },
    required: ['object', 'groups', 'hasMoreGroups'],
  },
  annotations: { title: 'Aggregate records', ...TOOL_HINTS.read },
  handler: async (args, context) => {
    const object = requireToolObject(context, args.object);
    const result = await context.records.aggregate(context.access, {
      objectName: object.nameSingular,
      filter: args.filter,
      groupBy: args.groupBy,
      metrics: args.metrics,
      orderBy: args.orderBy,
      limit: args.limit as number | undefined,
      timeZone: args.timeZone as string | undefined,
    });

    return { structuredContent: { object: object.nameSingular, ...result } };
  },
});
