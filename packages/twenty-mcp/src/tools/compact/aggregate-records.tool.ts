import { z } from 'zod';

import { AGGREGATE_OPERATIONS } from '../../domain/records/constants/aggregate-operations.const';
import { DATE_GRANULARITIES } from '../../domain/records/constants/date-granularities.const';
import { QUERY_LIMITS } from '../../domain/records/constants/query-limits.const';
import { COMPACT_ARG_SCHEMAS } from '../constants/compact-arg-schemas.const';
import { TOOL_HINTS } from '../constants/tool-annotations.const';
import { buildAggregateResultFenceRule } from '../fence/utils/build-aggregate-result-fence-rule.util';
import { indexObjectsByName } from '../utils/index-objects-by-name.util';
import { type ToolBuildEnvironment } from '../types/tool-build-environment.type';
import { type ToolDefinition } from '../types/tool-definition.type';
import { buildArgsParser } from '../utils/build-args-parser.util';
import { objectNameArg } from '../utils/object-name-arg.util';
import { toInputJsonSchema } from '../utils/to-input-json-schema.util';

export const AGGREGATE_RECORDS_TOOL_NAME = 'aggregate_records';

const buildAggregateArgsSchema = (objects: ToolBuildEnvironment['objects']) =>
  z.strictObject({
    object: objectNameArg(objects),
    filter: COMPACT_ARG_SCHEMAS.filter.optional(),
    groupBy: z
      .array(
        z.strictObject({
          field: z.string(),
          subField: z.string().optional(),
          granularity: z.enum(DATE_GRANULARITIES).optional(),
        }),
      )
      .max(QUERY_LIMITS.maxGroupByFields)
      .optional(),
    metrics: z
      .array(
        z.strictObject({
          op: z.enum(AGGREGATE_OPERATIONS),
          field: z.string().describe('Not needed for COUNT.').optional(),
          subField: z.string().optional(),
        }),
      )
      .min(1)
      .max(10),
    orderBy: z
      .array(
        z.strictObject({
          metric: z.int().min(0).optional(),
          group: z.int().min(0).optional(),
          direction: z.enum(['ASC', 'DESC']),
        }),
      )
      .max(3)
      .describe(
        'Sort groups by a metric or a group key, by index: [{"metric": 0, "direction": "DESC"}] or [{"group": 0, "direction": "ASC"}].',
      )
      .optional(),
    limit: z.int().min(1).max(QUERY_LIMITS.maxAggregateGroups).default(50),
    timeZone: z
      .string()
      .describe('IANA time zone for date groups, default UTC.')
      .optional(),
  });

export type AggregateRecordsArgs = z.output<
  ReturnType<typeof buildAggregateArgsSchema>
>;

export const buildAggregateRecordsTool = ({
  objects,
}: ToolBuildEnvironment): ToolDefinition<AggregateRecordsArgs> => {
  const argsSchema = buildAggregateArgsSchema(objects);
  const objectNamed = indexObjectsByName(objects);

  return {
    name: AGGREGATE_RECORDS_TOOL_NAME,
    title: 'Aggregate records',
    description: `Counts and summarises records of one object, optionally grouped by up to ${QUERY_LIMITS.maxGroupByFields} fields (dates by DAY … YEAR in a time zone; composite sub-fields such as amount.currencyCode). Metrics: ${AGGREGATE_OPERATIONS.join(', ')}. Currency sums and averages are in currency units — group by currencyCode when currencies differ.`,
    inputSchema: toInputJsonSchema(argsSchema),
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
    parseArgs: buildArgsParser(argsSchema),
    handler: async ({ object: objectName, ...request }, context) => {
      const result = await context.records.aggregate(context.access, {
        objectName,
        ...request,
      });

      return {
        structuredContent: { object: objectName, ...result },
        fence: buildAggregateResultFenceRule(objectNamed(objectName)),
      };
    },
  };
};
