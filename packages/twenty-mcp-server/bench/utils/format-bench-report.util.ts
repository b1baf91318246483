import { type BenchReport } from '../types/bench-report.type';

const formatMs = (value: number) => value.toFixed(2);

// The human-readable twin of mcp-latency.json.
export const formatBenchReport = (report: BenchReport): string => {
  const sizes = Object.entries(report.toolList).flatMap(
    ([principal, modes]) => [
      `| ${principal} | compact | ${modes.compact.tools} | ${modes.compact.tokens.toLocaleString('en-US')} |`,
      `| ${principal} | per-object | ${modes.perObject.tools} | ${modes.perObject.tokens.toLocaleString('en-US')} |`,
    ],
  );
  const latency = report.latency.map(
    (row) =>
      `| ${row.workspace} | ${row.path} | ${row.scenario} | ${formatMs(row.p50)} | ${formatMs(row.p95)} | ${formatMs(row.p99)} | ${formatMs(row.mean)} |`,
  );

  return [
    '# twenty-mcp benchmark',
    '',
    `${report.date} · Node ${report.machine.node} · ${report.machine.cpus} · ${report.machine.memoryGb} GB · ${report.machine.postgres}`,
    '',
    '## tools/list size (o200k_base tokens)',
    '',
    '| principal | surface | tools | tokens |',
    '| --- | --- | --- | --- |',
    ...sizes,
    '',
    ...(report.large
      ? [
          `Large workspace: ${report.large.people.toLocaleString('en-US')} people generated in ${report.large.generatedInSeconds} s.`,
          '',
        ]
      : []),
    `## Latency, ms (${report.iterations} sequential calls after warm-up, loopback HTTP)`,
    '',
    '| workspace | path | operation | p50 | p95 | p99 | mean |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...latency,
    '',
    "A modern-era `tools/list` is answered from the SDK client's cache for the `ttlMs` the server sends, which is the point of the 2026-07-28 cache hints; the legacy row is the full round trip.",
    '',
    `Process RSS (server and clients in one process): ${report.memory.rssMbBefore} MB before the calls, ${report.memory.rssMbAfter} MB after.`,
    '',
  ].join('\n');
};
