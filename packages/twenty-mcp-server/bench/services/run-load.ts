import autocannon from 'autocannon';

import { type JsonRpcHttpRequest } from '../types/json-rpc-http-request.type';
import { type LoadRun } from '../types/load-run.type';
import { type ResultExpectation } from '../types/result-expectation.type';
import { checkMcpResponse } from '../utils/check-mcp-response.util';

// Raw HTTP load with autocannon: one request repeated by `connections`
// keep-alive connections, for `seconds` or `amount` requests, each reply
// checked (status, JSON-RPC result, no tool error, expected content).
export const runLoad = async ({
  url,
  request,
  expect,
  connections,
  seconds,
  amount,
}: {
  url: string;
  request: JsonRpcHttpRequest;
  expect: ResultExpectation;
  connections: number;
  seconds?: number;
  amount?: number;
}): Promise<LoadRun> => {
  const latencies: number[] = [];
  let failures = 0;
  let firstFailure: string | null = null;
  const fail = (reason: string) => {
    failures++;
    firstFailure ??= reason;
  };

  const result = await autocannon({
    url,
    connections,
    pipelining: 1,
    ...(amount === undefined ? { duration: seconds ?? 5 } : { amount }),
    timeout: 30,
    requests: [
      {
        method: 'POST',
        headers: request.headers,
        body: request.body,
        onResponse: (status, body, _context, headers) => {
          const contentType = String(
            (headers as Record<string, unknown> | undefined)?.[
              'content-type'
            ] ?? '',
          );
          const failure = checkMcpResponse({
            status,
            contentType,
            body,
            expect,
          });

          if (failure) {
            fail(failure);
          }
        },
      },
    ],
    setupClient: (client) => {
      client.on('response', (_status: number, _bytes: number, time: number) => {
        latencies.push(time);
      });
    },
  });

  // errors counts timeouts too.
  if (result.errors > 0) {
    failures += result.errors;
    firstFailure ??= `${result.errors} connection errors (${result.timeouts} timeouts)`;
  }

  return {
    requests: latencies.length,
    failures,
    firstFailure,
    latencies,
    durationSeconds: result.duration,
  };
};
