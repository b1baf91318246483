import {
  type BenchReport,
  type OperationFigures,
  type SqlFigures,
  type WorkspaceFigures,
} from '../types/bench-report.type';
import { type CapturedStatement } from '../types/captured-statement.type';
import { type LatencyStats } from '../types/latency-stats.type';
import { isReadOnlyStatement } from './is-read-only-statement.util';

const ms = (value: number) => value.toFixed(2);

const RESULT = (pass: boolean | null) =>
  pass === null ? '— not measured' : pass ? 'pass' : '**FAIL**';

const latencyCells = (latency: LatencyStats | null) =>
  latency
    ? `${ms(latency.p50)} | ${ms(latency.p95)} | ${ms(latency.p99)}`
    : '— | — | —';

const operationRow = (figures: OperationFigures) =>
  `| ${figures.label} | ${figures.era} | ${latencyCells(figures.latency)} | ${figures.throughput.toFixed(0)} | ${ms(figures.cpuMsPerCall)} | ${figures.requests} | ${figures.failures} |`;

const sqlRows = (sql: SqlFigures, label: string) => [
  `| ${label} — its SQL alone (${sql.toolStatements.length} statements) | pg | ${latencyCells(sql.tool)} | | | | |`,
  `| ${label} — every statement of the call (${sql.toolStatements.length + sql.overheadStatements.length}) | pg | ${latencyCells(sql.all)} | | | | |`,
];

const OPERATIONS_HEADER = (connections: number) => [
  `| Operation | Path | p50 ms (c=1) | p95 ms | p99 ms | req/s (c=${connections}) | server CPU ms/call | checked | failed |`,
  '|---|---|---|---|---|---|---|---|---|',
];

const workspaceSection = (
  workspace: WorkspaceFigures,
  connections: number,
): string[] => [
  `### ${workspace.label}`,
  '',
  `${workspace.objects} objects, ${workspace.people.toLocaleString('en-US')} people${workspace.toolListTokens === null ? '' : `; tools/list: ${workspace.toolListTokens.toLocaleString('en-US')} o200k tokens (compact)`}.`,
  '',
  ...OPERATIONS_HEADER(connections),
  ...workspace.operations.flatMap((figures) => {
    const sql = workspace.sql.find(
      (candidate) => candidate.operation === figures.operation,
    );
    const lastEra =
      workspace.operations
        .filter((other) => other.operation === figures.operation)
        .pop() === figures;

    return [
      operationRow(figures),
      ...(sql && lastEra && sql.all ? sqlRows(sql, figures.label) : []),
    ];
  }),
  '',
];

const MAX_VALUES_CHARS = 300;

const statementText = (statement: CapturedStatement) => {
  const values = JSON.stringify(statement.values ?? []);

  return [
    ...(statement.name ? [`-- prepared as "${statement.name}"`] : []),
    ...(isReadOnlyStatement(statement) ? [] : ['-- a write: not replayed']),
    statement.text.trim(),
    ...(statement.values?.length
      ? [
          `-- values: ${values.length > MAX_VALUES_CHARS ? `${values.slice(0, MAX_VALUES_CHARS)}…` : values}`,
        ]
      : []),
  ].join('\n');
};

const statementsSection = (workspace: WorkspaceFigures): string[] =>
  workspace.sql.flatMap((sql) => [
    `#### ${workspace.label}: ${sql.operation}`,
    '',
    ...(sql.error ? [`Replay failed: ${sql.error}`, ''] : []),
    'The tool’s own statements:',
    '',
    '```sql',
    ...(sql.toolStatements.length > 0
      ? sql.toolStatements.map(statementText)
      : ['-- none']),
    '```',
    '',
    'Credential, settings and transaction statements of the same call:',
    '',
    '```sql',
    ...(sql.overheadStatements.length > 0
      ? sql.overheadStatements.map(statementText)
      : ['-- none']),
    '```',
    '',
  ]);

// bench/results/bench.md: targets first, then every figure, then the
// statements the server ran.
export const formatBenchReport = (report: BenchReport): string => {
  const { machine, settings } = report;
  const connections = settings.throughputConnections;
  const lines: string[] = [
    '# twenty-mcp benchmark',
    '',
    `${report.date}${settings.quick ? ' — **BENCH_QUICK run: small sizes, not comparable with the targets**' : ''}`,
    '',
    `Machine: Node ${machine.node} on ${machine.platform}, ${machine.cores} × ${machine.cpuModel}, ${machine.memoryGb} GB; ${machine.postgres}. The load client (autocannon), the server and PostgreSQL share these cores.`,
    '',
    `Each figure is the median of ${settings.runs} runs: latency at 1 connection for ${settings.latencySeconds} s, throughput and server CPU (process CPU time / responses) at ${connections} connections for ${settings.throughputSeconds} s; SQL alone: ${settings.sqlIterations} sequences per run from one pg connection. Every response is checked (HTTP 200, a JSON-RPC result, no tool error, the expected content).`,
    '',
    '## Targets (issue 11)',
    '',
    '| Target | Figure | Limit | Result |',
    '|---|---|---|---|',
    ...report.targets.map(
      (row) =>
        `| ${row.target} | ${row.figure} | ${row.limit} | ${RESULT(row.pass)} |`,
    ),
    '',
  ];

  if (report.failures.length > 0) {
    lines.push(
      '## Failed checks',
      '',
      ...report.failures.map((failure) => `- ${failure}`),
      '',
    );
  }

  lines.push(
    '## No-op MCP floor (same SDK packages, one constant tool)',
    '',
    ...OPERATIONS_HEADER(connections),
    ...report.floor.map(operationRow),
    '',
    '## Workspaces',
    '',
    ...report.workspaces.flatMap((workspace) =>
      workspaceSection(workspace, connections),
    ),
  );

  if (report.large) {
    const { large } = report;

    lines.push(
      `## ${large.people.toLocaleString('en-US')} people (generated in ${large.generatedInSeconds} s)`,
      '',
      ...workspaceSection(large.default, connections),
      '#### Index advisor',
      '',
      large.advisor.note,
      '',
      ...(large.advisor.statements.length > 0
        ? ['```sql', ...large.advisor.statements, '```', '']
        : []),
      ...(large.withAdvisor
        ? workspaceSection(large.withAdvisor, connections)
        : []),
    );
  }

  if (report.memory) {
    lines.push(
      `## Memory over ${report.memory.calls.toLocaleString('en-US')} get-by-id calls (c=${connections})`,
      '',
      '| Calls | Heap after GC (MB) | RSS (MB) |',
      '|---|---|---|',
      ...report.memory.samples.map(
        (sample) =>
          `| ${sample.calls.toLocaleString('en-US')} | ${sample.heapUsedMb.toFixed(1)} | ${sample.rssMb.toFixed(1)} |`,
      ),
      '',
      `${report.memory.failures} failed checks.`,
      '',
    );
  }

  lines.push(
    '## Statements the server ran (captured from its pg driver, one warm call each)',
    '',
    ...report.workspaces
      .filter((workspace) => workspace.key === 'demo')
      .flatMap(statementsSection),
    ...(report.large ? statementsSection(report.large.default) : []),
  );

  return `${lines.join('\n')}\n`;
};
