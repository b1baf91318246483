import { type BenchReport } from '../../types/bench-report.type';
import { formatBenchReport } from '../format-bench-report.util';
import { readBenchSettings } from '../read-bench-settings.util';

const figures = {
  operation: 'get-by-id' as const,
  label: 'get_records: one person by id',
  era: 'modern' as const,
  latency: { p50: 1.234, p95: 2, p99: 3, mean: 1.5 },
  throughput: 1234.4,
  cpuMsPerCall: 0.812,
  requests: 500,
  failures: 2,
  firstFailure: 'HTTP 429',
};

const report: BenchReport = {
  date: '2026-12-08T00:00:00.000Z',
  machine: {
    node: 'v22.1.0',
    platform: 'linux x64',
    cores: 2,
    cpuModel: 'Test CPU',
    memoryGb: 8,
    postgres: 'embedded PostgreSQL 16.4',
  },
  settings: readBenchSettings({ BENCH_QUICK: '1' }),
  floor: [{ ...figures, operation: 'noop', label: 'no-op tool (floor)' }],
  workspaces: [
    {
      key: 'demo',
      label: 'Demo workspace',
      objects: 13,
      people: 120,
      operations: [figures],
      sql: [
        {
          operation: 'get-by-id',
          toolStatements: [
            {
              text: 'SELECT * FROM "workspace_x"."person" WHERE id = $1',
              values: ['p'],
            },
          ],
          overheadStatements: [{ text: 'BEGIN' }],
          tool: { p50: 0.3, p95: 0.4, p99: 0.5, mean: 0.3 },
          all: { p50: 0.9, p95: 1, p99: 1.1, mean: 0.9 },
          error: null,
        },
      ],
      toolListTokens: 4321,
    },
  ],
  large: {
    people: 20_000,
    generatedInSeconds: 12,
    default: {
      key: 'large',
      label: 'Large',
      objects: 11,
      people: 20_000,
      operations: [],
      sql: [],
      toolListTokens: null,
    },
    withAdvisor: null,
    advisor: {
      available: false,
      note: 'advisor unavailable: the built host has no `indexes advise` command.',
      statements: [],
    },
  },
  memory: {
    calls: 2_000,
    samples: [{ calls: 0, heapUsedMb: 50.04, rssMb: 150 }],
    failures: 0,
    firstFailure: null,
  },
  targets: [
    {
      target: 'server CPU per get-by-id (modern)',
      figure: '0.81 ms',
      limit: '≤ 0.90 ms',
      pass: true,
    },
    {
      target: 'heap',
      figure: 'not measured',
      limit: 'within 10 %',
      pass: null,
    },
  ],
  failures: [
    'Demo workspace: get_records (modern): 2 of 500 responses failed a check; first: HTTP 429',
  ],
};

describe('formatBenchReport', () => {
  const markdown = formatBenchReport(report);

  it('should say a quick run is not comparable with the targets', () => {
    expect(markdown).toContain('BENCH_QUICK run');
  });

  it('should put each target beside its figure and result', () => {
    expect(markdown).toContain(
      '| server CPU per get-by-id (modern) | 0.81 ms | ≤ 0.90 ms | pass |',
    );
    expect(markdown).toContain(
      '| heap | not measured | within 10 % | — not measured |',
    );
  });

  it('should list failed checks', () => {
    expect(markdown).toContain('## Failed checks');
    expect(markdown).toContain('first: HTTP 429');
  });

  it('should show the operation figures and its SQL timed alone', () => {
    expect(markdown).toContain(
      '| get_records: one person by id | modern | 1.23 | 2.00 | 3.00 | 1234 | 0.81 | 500 | 2 |',
    );
    expect(markdown).toContain(
      '| get_records: one person by id — its SQL alone (1 statements) | pg | 0.30 | 0.40 | 0.50 | | | | |',
    );
  });

  it('should include the captured statements and the advisor line', () => {
    expect(markdown).toContain(
      'SELECT * FROM "workspace_x"."person" WHERE id = $1',
    );
    expect(markdown).toContain('-- values: ["p"]');
    expect(markdown).toContain('advisor unavailable');
    expect(markdown).toContain('4,321 o200k tokens');
  });
});
