import { performance } from 'node:perf_hooks';

import { type BenchOperationKey } from '../types/bench-operation.type';
import { type SqlFigures } from '../types/bench-report.type';
import { type BenchSettings } from '../types/bench-settings.type';
import { type CapturedStatement } from '../types/captured-statement.type';
import { type JsonRpcHttpRequest } from '../types/json-rpc-http-request.type';
import { type LatencyStats } from '../types/latency-stats.type';
import { classifyStatements } from '../utils/classify-statements.util';
import { isReadOnlyStatement } from '../utils/is-read-only-statement.util';
import { selectCallStatements } from '../utils/select-call-statements.util';
import { median } from '../utils/median.util';
import { summarizeLatencies } from '../utils/summarize-latencies.util';
import { type ServerChild } from './server-child';
import { timeStatements } from './time-statements';

const timeRuns = async (
  databaseUrl: string,
  statements: CapturedStatement[],
  settings: BenchSettings,
): Promise<LatencyStats> => {
  const runs: LatencyStats[] = [];

  for (let run = 0; run < settings.runs; run++) {
    runs.push(
      summarizeLatencies(
        await timeStatements({
          databaseUrl,
          statements,
          warmup: 20,
          iterations: settings.sqlIterations,
          budgetMs: settings.latencySeconds * 1_000,
        }),
      ),
    );
  }

  return {
    p50: median(runs.map((stats) => stats.p50)),
    p95: median(runs.map((stats) => stats.p95)),
    p99: median(runs.map((stats) => stats.p99)),
    mean: median(runs.map((stats) => stats.mean)),
  };
};

const QUIET_WINDOW_MS = 500;
const QUIET_ATTEMPTS = 40;

// Waits until the server sends nothing for a whole window: requests still
// in flight from a load run, and their asynchronous audit writes, must not
// be taken for the measured call's statements.
const waitForQuiet = async (server: ServerChild) => {
  for (let attempt = 0; attempt < QUIET_ATTEMPTS; attempt++) {
    await server.captureStart();
    await new Promise((resolve) => setTimeout(resolve, QUIET_WINDOW_MS));

    if ((await server.captureStop()).length === 0) {
      return;
    }
  }
};

// Captures what the server sends to PostgreSQL for one warm call of an
// operation (from the request until its response), then times those very
// statements alone from the bench. Writes (the audit trail's) are listed
// but not replayed.
export const measureSql = async ({
  server,
  mcpUrl,
  request,
  operation,
  databaseUrl,
  workspaceSchema,
  settings,
}: {
  server: ServerChild;
  mcpUrl: string;
  request: JsonRpcHttpRequest;
  operation: BenchOperationKey;
  databaseUrl: string;
  workspaceSchema: string;
  settings: BenchSettings;
}): Promise<SqlFigures> => {
  await waitForQuiet(server);
  await server.captureStart();

  const sentAt = performance.timeOrigin + performance.now();

  await (
    await fetch(mcpUrl, {
      method: 'POST',
      headers: request.headers,
      body: request.body,
    })
  ).text();

  const answeredAt = performance.timeOrigin + performance.now();
  const captured = selectCallStatements(
    await server.captureStop(),
    sentAt,
    answeredAt,
  );
  const { tool, overhead } = classifyStatements(captured, workspaceSchema);
  const replayable = captured.filter(isReadOnlyStatement);
  const figures: SqlFigures = {
    operation,
    toolStatements: tool,
    overheadStatements: overhead,
    tool: null,
    all: null,
    error: null,
  };

  try {
    const toolReads = tool.filter(isReadOnlyStatement);

    figures.tool =
      toolReads.length > 0
        ? await timeRuns(databaseUrl, toolReads, settings)
        : null;
    figures.all =
      replayable.length > 0
        ? await timeRuns(databaseUrl, replayable, settings)
        : null;
  } catch (error) {
    // Reported beside the statements: the MCP figures stand without it.
    figures.error = error instanceof Error ? error.message : String(error);
  }

  return figures;
};
