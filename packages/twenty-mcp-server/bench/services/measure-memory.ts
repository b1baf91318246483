import { type MemoryFigures } from '../types/bench-report.type';
import { type JsonRpcHttpRequest } from '../types/json-rpc-http-request.type';
import { type ResultExpectation } from '../types/result-expectation.type';
import { runLoad } from './run-load';
import { type ServerChild } from './server-child';

const MB = 2 ** 20;

// Heap after a forced GC and RSS of the server before, halfway through and
// after `calls` calls at `connections` connections.
export const measureMemory = async ({
  server,
  mcpUrl,
  request,
  expect,
  calls,
  connections,
}: {
  server: ServerChild;
  mcpUrl: string;
  request: JsonRpcHttpRequest;
  expect: ResultExpectation;
  calls: number;
  connections: number;
}): Promise<MemoryFigures> => {
  const figures: MemoryFigures = {
    calls,
    samples: [],
    failures: 0,
    firstFailure: null,
  };
  const sample = async (done: number) => {
    const memory = await server.memory();

    figures.samples.push({
      calls: done,
      heapUsedMb: memory.heapUsed / MB,
      rssMb: memory.rss / MB,
    });
  };
  const half = Math.floor(calls / 2);

  await sample(0);

  for (const amount of [half, calls - half]) {
    const run = await runLoad({
      url: mcpUrl,
      request,
      expect,
      connections,
      amount,
    });

    figures.failures += run.failures;
    figures.firstFailure ??= run.firstFailure;
    await sample(figures.samples[figures.samples.length - 1].calls + amount);
  }

  return figures;
};
