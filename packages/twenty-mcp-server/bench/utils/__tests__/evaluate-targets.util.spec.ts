import {
  type BenchReport,
  type OperationFigures,
  type WorkspaceFigures,
} from '../../types/bench-report.type';
import { type BenchOperationKey } from '../../types/bench-operation.type';
import { type McpEra } from '../../types/mcp-era.type';
import { evaluateTargets } from '../evaluate-targets.util';
import { readBenchSettings } from '../read-bench-settings.util';

const op = (
  operation: BenchOperationKey,
  era: McpEra,
  { p50 = 1, p99 = 2, throughput = 1_000, cpu = 0.5 } = {},
): OperationFigures => ({
  operation,
  label: operation,
  era,
  latency: { p50, p95: p99, p99, mean: p50 },
  throughput,
  cpuMsPerCall: cpu,
  requests: 100,
  failures: 0,
  firstFailure: null,
});

const workspace = (
  key: string,
  objects: number,
  operations: OperationFigures[],
  toolSqlP50: Partial<Record<BenchOperationKey, number>> = {},
): WorkspaceFigures => ({
  key,
  label: key,
  objects,
  people: 100,
  operations,
  sql: Object.entries(toolSqlP50).map(([operation, p50]) => ({
    operation: operation as BenchOperationKey,
    toolStatements: [],
    overheadStatements: [],
    tool: { p50, p95: p50, p99: p50, mean: p50 },
    all: { p50, p95: p50, p99: p50, mean: p50 },
    error: null,
  })),
  toolListTokens: null,
});

const both = (
  operation: BenchOperationKey,
  figures: Parameters<typeof op>[2] = {},
) => [op(operation, 'legacy', figures), op(operation, 'modern', figures)];

const report = (
  overrides: Partial<Omit<BenchReport, 'targets' | 'failures'>> = {},
): Omit<BenchReport, 'targets' | 'failures'> => ({
  date: '2026-12-08T00:00:00.000Z',
  machine: {
    node: 'v22',
    platform: 'linux x64',
    cores: 2,
    cpuModel: 'cpu',
    memoryGb: 8,
    postgres: 'PostgreSQL 16',
  },
  settings: readBenchSettings({}),
  floor: [
    op('noop', 'legacy', { p99: 1.5, throughput: 2_000 }),
    op('noop', 'modern', { p99: 1.5, throughput: 2_000 }),
  ],
  workspaces: [
    workspace(
      'demo',
      13,
      [
        ...both('get-by-id', {
          p50: 1.2,
          p99: 2.5,
          throughput: 1_500,
          cpu: 0.6,
        }),
        ...both('list-20', { p50: 3 }),
      ],
      { 'get-by-id': 0.3, 'list-20': 1 },
    ),
    workspace('objects-11', 11, [
      ...both('get-by-id', { p50: 1, cpu: 0.5 }),
      ...both('tools-list', { p50: 1 }),
    ]),
    workspace('objects-501', 501, [
      ...both('get-by-id', { p50: 1.05, cpu: 0.7 }),
      ...both('tools-list', { p50: 3 }),
    ]),
  ],
  large: null,
  memory: {
    calls: 100_000,
    samples: [
      { calls: 0, heapUsedMb: 100, rssMb: 200 },
      { calls: 50_000, heapUsedMb: 104, rssMb: 210 },
      { calls: 100_000, heapUsedMb: 108, rssMb: 212 },
    ],
    failures: 0,
    firstFailure: null,
  },
  ...overrides,
});

const row = (rows: ReturnType<typeof evaluateTargets>, start: string) => {
  const found = rows.find((candidate) => candidate.target.startsWith(start));

  if (!found) {
    throw new Error(`no target row starting "${start}"`);
  }

  return found;
};

describe('evaluateTargets', () => {
  const rows = evaluateTargets(report());

  it('should compare get-by-id with its own SQL: 1.2 − 0.3 ms is within +1.0 ms', () => {
    expect(
      row(rows, 'get-by-id added over its SQL, p50 c=1 (legacy)'),
    ).toMatchObject({ pass: true, figure: '1.20 ms − 0.30 ms = +0.90 ms' });
  });

  it('should fail the 20-row list when it adds more than 1.5 ms', () => {
    expect(
      row(rows, '20-row list added over its SQL, p50 c=1 (modern)').pass,
    ).toBe(false);
  });

  it('should judge p99 and throughput against the floor, and CPU per call', () => {
    expect(row(rows, 'get-by-id p99 c=1 vs floor p99 (legacy)').pass).toBe(
      true,
    );
    expect(row(rows, 'get-by-id throughput vs floor (modern)')).toMatchObject({
      pass: true,
      figure: '1500 vs 2000 req/s = 75.0 %',
    });
    expect(row(rows, 'server CPU per get-by-id (modern)').pass).toBe(true);
  });

  it('should compare the fewest and most objects: latency within 10 % passes, CPU 40 % up fails', () => {
    expect(
      row(rows, 'get-by-id p50 latency, 11 → 501 objects (legacy)').pass,
    ).toBe(true);
    expect(
      row(rows, 'get-by-id CPU per call, 11 → 501 objects (legacy)').pass,
    ).toBe(false);
    expect(row(rows, 'tools/list p50 warm at 501 objects (modern)').pass).toBe(
      false,
    );
  });

  it('should mark the 1M targets not measured without the large workspace', () => {
    expect(row(rows, '1M people: first page p50').pass).toBeNull();
    expect(row(rows, '1M people: aggregate by stage').pass).toBeNull();
  });

  it('should judge the heap from the first to the last sample', () => {
    expect(row(rows, 'heap after GC over 100,000 calls')).toMatchObject({
      pass: true,
      figure: '100.0 → 108.0 MB (8.0 %)',
    });
  });

  it('should compare the eras', () => {
    expect(row(rows, 'eras: get-by-id p50 latency').pass).toBe(true);
  });

  it('should judge the 1M workspace default and advised figures', () => {
    const large = workspace('large', 11, [
      ...both('list-20', { p50: 250 }),
      ...both('filtered-search', { p50: 300 }),
    ]);
    const advised = workspace('large-advised', 11, [
      ...both('filtered-search', { p50: 8 }),
      ...both('aggregate', { p50: 60 }),
    ]);
    const judged = evaluateTargets(
      report({
        large: {
          people: 1_000_000,
          generatedInSeconds: 1,
          default: large,
          withAdvisor: advised,
          advisor: { available: true, note: '', statements: [] },
        },
      }),
    );

    expect(
      row(judged, '1M people: first page p50, default indexes (legacy)').pass,
    ).toBe(false);
    expect(
      row(
        judged,
        '1M people: filtered search p50 with advisor indexes (modern)',
      ).pass,
    ).toBe(true);
    expect(
      row(
        judged,
        '1M people: aggregate by stage p50 with advisor indexes (modern)',
      ).pass,
    ).toBe(false);
  });
});
