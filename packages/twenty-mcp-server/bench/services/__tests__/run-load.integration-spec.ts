import { type AddressInfo } from 'node:net';

import { BENCH_OPERATIONS } from '../../constants/bench-operations.const';
import { createNoopMcpHttpServer } from '../../floor/create-noop-mcp-http-server';
import { type McpEra } from '../../types/mcp-era.type';
import { prepareRequest } from '../measure-operation';
import { runLoad } from '../run-load';

// The load client against the real no-op floor (same SDK as the module):
// both eras' hand-written requests are answered, and every reply is
// checked, so a wrong expectation or a refused request is counted.
describe('runLoad against the no-op MCP floor', () => {
  const server = createNoopMcpHttpServer();
  let mcpUrl = '';
  const context = {
    personId: '00000000-0000-4000-8000-000000000001',
    now: new Date(),
  };

  beforeAll(async () => {
    await new Promise<void>((resolve) =>
      server.listen(0, '127.0.0.1', () => resolve()),
    );
    mcpUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/mcp`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it.each<McpEra>(['legacy', 'modern'])(
    'should pass every check of %s-era tool calls',
    async (era) => {
      const run = await runLoad({
        url: mcpUrl,
        request: await prepareRequest({
          mcpUrl,
          era,
          operation: BENCH_OPERATIONS.noop,
          context,
        }),
        expect: BENCH_OPERATIONS.noop.expect(context),
        connections: 4,
        amount: 200,
      });

      expect(run).toMatchObject({
        requests: 200,
        failures: 0,
        firstFailure: null,
      });
      expect(run.latencies).toHaveLength(200);
    },
  );

  it('should count every reply whose content is not the expected one', async () => {
    const run = await runLoad({
      url: mcpUrl,
      request: await prepareRequest({
        mcpUrl,
        era: 'modern',
        operation: BENCH_OPERATIONS.noop,
        context,
      }),
      expect: () => 'not what was asked for',
      connections: 2,
      amount: 50,
    });

    expect(run.failures).toBe(50);
    expect(run.firstFailure).toBe('not what was asked for');
  });

  it('should count refused requests with their status', async () => {
    const request = await prepareRequest({
      mcpUrl,
      era: 'modern',
      operation: BENCH_OPERATIONS.noop,
      context,
    });
    const run = await runLoad({
      url: mcpUrl,
      request: {
        ...request,
        headers: { ...request.headers, 'mcp-protocol-version': '1999-01-01' },
      },
      expect: BENCH_OPERATIONS.noop.expect(context),
      connections: 1,
      amount: 10,
    });

    expect(run.failures).toBe(10);
    expect(run.firstFailure).toMatch(/^HTTP 4\d\d/);
  });
});
