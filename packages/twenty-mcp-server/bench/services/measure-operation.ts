import {
  type BenchOperation,
  type BenchOperationContext,
} from '../types/bench-operation.type';
import { type OperationFigures } from '../types/bench-report.type';
import { type BenchSettings } from '../types/bench-settings.type';
import { type JsonRpcHttpRequest } from '../types/json-rpc-http-request.type';
import { type McpEra } from '../types/mcp-era.type';
import { buildJsonRpcRequest } from '../utils/build-json-rpc-request.util';
import { median } from '../utils/median.util';
import { summarizeLatencies } from '../utils/summarize-latencies.util';
import { runLoad } from './run-load';
import { type ServerChild } from './server-child';

const WARMUP_CALLS = 50;

// A 2025-era client's start: initialize, then the initialized
// notification; the session id, if the server gave one, goes on every
// later request.
const startLegacySession = async (
  mcpUrl: string,
  token: string | undefined,
): Promise<string | undefined> => {
  const initialize = buildJsonRpcRequest({
    era: 'legacy',
    method: 'initialize',
    token,
  });
  const response = await fetch(mcpUrl, {
    method: 'POST',
    headers: initialize.headers,
    body: initialize.body,
  });

  await response.text();

  if (response.status !== 200) {
    throw new Error(`initialize answered HTTP ${response.status}`);
  }

  const sessionId = response.headers.get('mcp-session-id') ?? undefined;
  const headers = buildJsonRpcRequest({
    era: 'legacy',
    method: 'tools/list',
    token,
    sessionId,
  }).headers;

  await (
    await fetch(mcpUrl, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        jsonrpc: '2.0',
        method: 'notifications/initialized',
      }),
    })
  ).text();

  return sessionId;
};

// The request a client of `era` sends for `operation`.
export const prepareRequest = async ({
  mcpUrl,
  era,
  operation,
  context,
  token,
}: {
  mcpUrl: string;
  era: McpEra;
  operation: BenchOperation;
  context: BenchOperationContext;
  token?: string;
}): Promise<JsonRpcHttpRequest> =>
  buildJsonRpcRequest({
    era,
    method: operation.method,
    params: operation.params(context),
    token,
    sessionId:
      era === 'legacy' ? await startLegacySession(mcpUrl, token) : undefined,
  });

// One operation in one era: warm-up, then `runs` × (latency at one
// connection, throughput and server CPU per call at many); the medians.
export const measureOperation = async ({
  server,
  mcpUrl,
  era,
  operation,
  context,
  token,
  settings,
}: {
  server: ServerChild;
  mcpUrl: string;
  era: McpEra;
  operation: BenchOperation;
  context: BenchOperationContext;
  token?: string;
  settings: BenchSettings;
}): Promise<OperationFigures> => {
  const request = await prepareRequest({
    mcpUrl,
    era,
    operation,
    context,
    token,
  });
  const expect = operation.expect(context);
  let requests = 0;
  let failures = 0;
  let firstFailure: string | null = null;
  const count = (run: Awaited<ReturnType<typeof runLoad>>) => {
    requests += run.requests;
    failures += run.failures;
    firstFailure ??= run.firstFailure;

    return run;
  };

  count(
    await runLoad({
      url: mcpUrl,
      request,
      expect,
      connections: 1,
      amount: WARMUP_CALLS,
    }),
  );

  const latencies = [];
  const throughputs: number[] = [];
  const cpuPerCall: number[] = [];

  for (let run = 0; run < settings.runs; run++) {
    const latencyRun = count(
      await runLoad({
        url: mcpUrl,
        request,
        expect,
        connections: 1,
        seconds: settings.latencySeconds,
      }),
    );

    if (latencyRun.latencies.length === 0) {
      // A run with no completed response has no latency: a failure.
      failures++;
      firstFailure ??= `no response completed in a ${settings.latencySeconds} s run; server: ${server.output().slice(-500)}`;
    } else {
      latencies.push(summarizeLatencies(latencyRun.latencies));
    }

    const cpuBefore = await server.cpuMs();
    const loadRun = count(
      await runLoad({
        url: mcpUrl,
        request,
        expect,
        connections: settings.throughputConnections,
        seconds: settings.throughputSeconds,
      }),
    );
    const cpuAfter = await server.cpuMs();

    throughputs.push(loadRun.requests / loadRun.durationSeconds);

    if (loadRun.requests > 0) {
      cpuPerCall.push((cpuAfter - cpuBefore) / loadRun.requests);
    }
  }

  const medianOf = (values: number[]) =>
    values.length > 0 ? median(values) : Number.NaN;

  return {
    operation: operation.key,
    label: operation.label,
    era,
    latency: {
      p50: medianOf(latencies.map((stats) => stats.p50)),
      p95: medianOf(latencies.map((stats) => stats.p95)),
      p99: medianOf(latencies.map((stats) => stats.p99)),
      mean: medianOf(latencies.map((stats) => stats.mean)),
    },
    throughput: medianOf(throughputs),
    cpuMsPerCall: medianOf(cpuPerCall),
    requests,
    failures,
    firstFailure,
  };
};
