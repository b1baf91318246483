import { type BenchOperationKey } from '../types/bench-operation.type';
import {
  type BenchReport,
  type OperationFigures,
  type TargetRow,
  type WorkspaceFigures,
} from '../types/bench-report.type';
import { type McpEra } from '../types/mcp-era.type';

const ERAS: McpEra[] = ['legacy', 'modern'];

const ms = (value: number) => `${value.toFixed(2)} ms`;
const percent = (value: number) => `${(value * 100).toFixed(1)} %`;

const find = (
  workspace: WorkspaceFigures | null | undefined,
  operation: BenchOperationKey,
  era: McpEra,
): OperationFigures | null =>
  workspace?.operations.find(
    (figures) => figures.operation === operation && figures.era === era,
  ) ?? null;

// |b − a| / a: how far b strays from a.
const drift = (a: number, b: number) => Math.abs(b - a) / a;

const unmeasured = (target: string, limit: string): TargetRow => ({
  target,
  figure: 'not measured',
  limit,
  pass: null,
});

// Each of issue 11's targets, per era where it applies, against the
// report's figures.
export const evaluateTargets = (
  report: Omit<BenchReport, 'targets' | 'failures'>,
): TargetRow[] => {
  const rows: TargetRow[] = [];
  const demo = report.workspaces.find((workspace) => workspace.key === 'demo');
  const byObjects = report.workspaces
    .filter((workspace) => workspace.key.startsWith('objects-'))
    .sort((a, b) => a.objects - b.objects);
  const fewest = byObjects[0];
  const most = byObjects.length > 1 ? byObjects[byObjects.length - 1] : null;
  const floor = (era: McpEra) =>
    report.floor.find((figures) => figures.era === era) ?? null;

  const addedOverSql = (
    operation: BenchOperationKey,
    name: string,
    limitMs: number,
  ) => {
    const sql = demo?.sql.find((figures) => figures.operation === operation);

    for (const era of ERAS) {
      const target = `${name} added over its SQL, p50 c=1 (${era})`;
      const limit = `≤ +${limitMs.toFixed(1)} ms`;
      const mcp = find(demo, operation, era);

      if (!mcp || !sql?.tool) {
        rows.push(unmeasured(target, limit));
        continue;
      }

      const added = mcp.latency.p50 - sql.tool.p50;

      rows.push({
        target,
        figure: `${ms(mcp.latency.p50)} − ${ms(sql.tool.p50)} = +${ms(added)}`,
        limit,
        pass: added <= limitMs,
      });
    }
  };

  addedOverSql('get-by-id', 'get-by-id', 1.0);
  addedOverSql('list-20', '20-row list', 1.5);

  for (const era of ERAS) {
    const mcp = find(demo, 'get-by-id', era);
    const noop = floor(era);

    rows.push(
      mcp && noop
        ? {
            target: `get-by-id p99 c=1 vs floor p99 (${era})`,
            figure: `${ms(mcp.latency.p99)} vs ${ms(noop.latency.p99)}`,
            limit: `≤ 2 × floor = ${ms(2 * noop.latency.p99)}`,
            pass: mcp.latency.p99 <= 2 * noop.latency.p99,
          }
        : unmeasured(`get-by-id p99 vs floor (${era})`, '≤ 2 × floor'),
    );
    rows.push(
      mcp && noop
        ? {
            target: `get-by-id throughput vs floor (${era})`,
            figure: `${mcp.throughput.toFixed(0)} vs ${noop.throughput.toFixed(0)} req/s = ${percent(mcp.throughput / noop.throughput)}`,
            limit: '≥ 60 % of floor',
            pass: mcp.throughput >= 0.6 * noop.throughput,
          }
        : unmeasured(`get-by-id throughput vs floor (${era})`, '≥ 60 %'),
    );
    rows.push(
      mcp
        ? {
            target: `server CPU per get-by-id (${era})`,
            figure: ms(mcp.cpuMsPerCall),
            limit: '≤ 0.90 ms',
            pass: mcp.cpuMsPerCall <= 0.9,
          }
        : unmeasured(`server CPU per get-by-id (${era})`, '≤ 0.90 ms'),
    );
  }

  for (const era of ERAS) {
    const small = find(fewest, 'get-by-id', era);
    const large = find(most, 'get-by-id', era);
    const label = `${fewest?.objects ?? '?'} → ${most?.objects ?? '?'} objects`;

    if (!small || !large) {
      rows.push(unmeasured(`get-by-id ${label} (${era})`, 'within 10 %'));
      continue;
    }

    rows.push({
      target: `get-by-id p50 latency, ${label} (${era})`,
      figure: `${ms(small.latency.p50)} → ${ms(large.latency.p50)} (${percent(drift(small.latency.p50, large.latency.p50))})`,
      limit: 'within 10 %',
      pass: drift(small.latency.p50, large.latency.p50) <= 0.1,
    });
    rows.push({
      target: `get-by-id CPU per call, ${label} (${era})`,
      figure: `${ms(small.cpuMsPerCall)} → ${ms(large.cpuMsPerCall)} (${percent(drift(small.cpuMsPerCall, large.cpuMsPerCall))})`,
      limit: 'within 10 %',
      pass: drift(small.cpuMsPerCall, large.cpuMsPerCall) <= 0.1,
    });
  }

  for (const era of ERAS) {
    const list = find(most, 'tools-list', era);
    const target = `tools/list p50 warm at ${most?.objects ?? '?'} objects (${era})`;

    rows.push(
      list
        ? {
            target,
            figure: ms(list.latency.p50),
            limit: '≤ 2.00 ms',
            pass: list.latency.p50 <= 2,
          }
        : unmeasured(target, '≤ 2.00 ms'),
    );
  }

  const large = report.large;

  for (const era of ERAS) {
    const page = find(large?.default, 'list-20', era);
    const target = `1M people: first page p50, default indexes (${era})`;

    rows.push(
      page
        ? {
            target,
            figure: ms(page.latency.p50),
            limit: '≤ 10.00 ms',
            pass: page.latency.p50 <= 10,
          }
        : unmeasured(target, '≤ 10.00 ms'),
    );

    for (const [operation, name, limitMs] of [
      ['filtered-search', 'filtered search', 15],
      ['aggregate', 'aggregate by stage', 50],
    ] as const) {
      const figures = find(large?.withAdvisor, operation, era);
      const advised = `1M people: ${name} p50 with advisor indexes (${era})`;

      rows.push(
        figures
          ? {
              target: advised,
              figure: ms(figures.latency.p50),
              limit: `≤ ${ms(limitMs)}`,
              pass: figures.latency.p50 <= limitMs,
            }
          : unmeasured(advised, `≤ ${ms(limitMs)}`),
      );
    }
  }

  const samples = report.memory?.samples ?? [];

  if (samples.length >= 2) {
    const first = samples[0];
    const last = samples[samples.length - 1];

    rows.push({
      target: `heap after GC over ${last.calls.toLocaleString('en-US')} calls`,
      figure: `${first.heapUsedMb.toFixed(1)} → ${last.heapUsedMb.toFixed(1)} MB (${percent(drift(first.heapUsedMb, last.heapUsedMb))})`,
      limit: 'within 10 %',
      pass: drift(first.heapUsedMb, last.heapUsedMb) <= 0.1,
    });
  } else {
    rows.push(unmeasured('heap after GC over 100,000 calls', 'within 10 %'));
  }

  const legacy = find(demo, 'get-by-id', 'legacy');
  const modern = find(demo, 'get-by-id', 'modern');

  if (legacy && modern) {
    rows.push({
      target: 'eras: get-by-id p50 latency, legacy vs modern',
      figure: `${ms(legacy.latency.p50)} vs ${ms(modern.latency.p50)} (${percent(drift(legacy.latency.p50, modern.latency.p50))})`,
      limit: 'within 10 %',
      pass: drift(legacy.latency.p50, modern.latency.p50) <= 0.1,
    });
    rows.push({
      target: 'eras: get-by-id throughput, legacy vs modern',
      figure: `${legacy.throughput.toFixed(0)} vs ${modern.throughput.toFixed(0)} req/s (${percent(drift(legacy.throughput, modern.throughput))})`,
      limit: 'within 10 %',
      pass: drift(legacy.throughput, modern.throughput) <= 0.1,
    });
  } else {
    rows.push(
      unmeasured('eras: get-by-id latency and throughput', 'within 10 %'),
    );
  }

  return rows;
};
