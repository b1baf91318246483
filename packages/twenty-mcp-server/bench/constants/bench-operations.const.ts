import {
  type BenchOperation,
  type BenchOperationKey,
} from '../types/bench-operation.type';
import { currentQuarter } from '../utils/current-quarter.util';

type Records = { records?: { id?: unknown }[] };

const structured = (result: Record<string, unknown>) =>
  (result.structuredContent ?? {}) as Records & Record<string, unknown>;

const records = (result: Record<string, unknown>) => {
  const list = structured(result).records;

  return Array.isArray(list) ? list : null;
};

// The measured operations, each a call a model makes all the time.
export const BENCH_OPERATIONS: Record<BenchOperationKey, BenchOperation> = {
  'get-by-id': {
    key: 'get-by-id',
    label: 'get_records: one person by id',
    method: 'tools/call',
    params: ({ personId }) => ({
      name: 'get_records',
      arguments: { object: 'person', ids: [personId] },
    }),
    expect:
      ({ personId }) =>
      (result) => {
        const found = records(result);

        return found?.length === 1 && found[0].id === personId
          ? null
          : `expected person ${personId}, got ${JSON.stringify(found?.map((record) => record.id))}`;
      },
  },
  'list-20': {
    key: 'list-20',
    label: 'find_records: 20 people, first page',
    method: 'tools/call',
    params: () => ({
      name: 'find_records',
      arguments: { object: 'person', limit: 20 },
    }),
    expect: () => (result) => {
      const found = records(result);

      return found?.length === 20
        ? null
        : `expected 20 people, got ${found?.length ?? 'no records'}`;
    },
  },
  // "Which open opportunities over $50k close this quarter, and who is the
  // point of contact?"
  'filtered-search': {
    key: 'filtered-search',
    label: 'find_records: open deals > $50k this quarter + point of contact',
    method: 'tools/call',
    params: ({ now }) => {
      const quarter = currentQuarter(now);

      return {
        name: 'find_records',
        arguments: {
          object: 'opportunity',
          filter: {
            and: [
              { stage: { neq: 'CUSTOMER' } },
              { amount: { amount: { gt: 50_000 } } },
              { closeDate: { gte: quarter.start.toISOString() } },
              { closeDate: { lt: quarter.end.toISOString() } },
            ],
          },
          orderBy: [{ amount: { amount: 'DescNullsLast' } }],
          expand: ['pointOfContact'],
          limit: 20,
        },
      };
    },
    expect: () => (result) => {
      const found = records(result);

      return found && found.length <= 20
        ? null
        : `expected at most 20 opportunities, got ${found?.length ?? 'no records'}`;
    },
  },
  aggregate: {
    key: 'aggregate',
    label: 'aggregate_records: pipeline by stage (count, sum amount)',
    method: 'tools/call',
    params: () => ({
      name: 'aggregate_records',
      arguments: {
        object: 'opportunity',
        groupBy: [{ field: 'stage' }],
        metrics: [{ op: 'COUNT' }, { op: 'SUM', field: 'amount' }],
      },
    }),
    expect: () => (result) => {
      const groups = structured(result).groups;

      return Array.isArray(groups) && groups.length > 0
        ? null
        : `expected groups by stage, got ${JSON.stringify(groups)}`;
    },
  },
  'tools-list': {
    key: 'tools-list',
    label: 'tools/list',
    method: 'tools/list',
    params: () => ({}),
    expect: () => (result) => {
      const tools = result.tools;

      return Array.isArray(tools) &&
        tools.some((tool: { name?: unknown }) => tool.name === 'get_records')
        ? null
        : 'expected a tool list with get_records';
    },
  },
  noop: {
    key: 'noop',
    label: 'no-op tool (floor)',
    method: 'tools/call',
    params: ({ personId }) => ({ name: 'noop', arguments: { id: personId } }),
    expect: () => (result) =>
      (result.structuredContent as { ok?: unknown } | undefined)?.ok === true
        ? null
        : 'expected the constant result',
  },
};
