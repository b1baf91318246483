import {
  CONFIGURED_ORIGIN,
  expectJsonRpcError,
  initializeRequest,
  type JsonRpcResult,
  LEGACY_VERSION,
  MAX_BODY_BYTES,
  postWithHost,
  useRawHttp,
} from './utils/raw-http';

// The MCP endpoint on the wire, without an SDK: what any client (or
// attacker) can send, and what the specs say must come back. Here: the
// Host and Origin checks made before authentication, and the body size
// limit.
describe('MCP endpoint over raw HTTP', () => {
  const { e2e, post, admin, legacyHeaders } = useRawHttp();

  describe('Host and Origin validation', () => {
    it.each(['evil.example', 'evil.example:80', 'localhost.evil.example'])(
      'should refuse Host %s with 403, before authentication',
      async (host) => {
        for (const headers of [admin(), {}]) {
          const response = await postWithHost(
            e2e.server.url,
            host,
            headers,
            initializeRequest(LEGACY_VERSION),
          );

          expect(response.status).toBe(403);
          expect(JSON.parse(response.body)).toMatchObject({
            jsonrpc: '2.0',
            id: null,
            error: { code: -32000 },
          });
        }
      },
    );

    it.each(['127.0.0.1', 'localhost', 'LOCALHOST'])(
      'should serve Host %s',
      async (hostname) => {
        const response = await postWithHost(
          e2e.server.url,
          `${hostname}:${new URL(e2e.server.url).port}`,
          admin(),
          initializeRequest(LEGACY_VERSION),
        );

        expect(response.status).toBe(200);
      },
    );

    it.each([
      'https://evil.example',
      'http://localhost.evil.example',
      'null',
      'file://',
      'not a url',
    ])(
      'should refuse Origin %s with 403, before authentication',
      async (origin) => {
        for (const headers of [admin(), {}]) {
          const response = await post(initializeRequest(LEGACY_VERSION), {
            ...headers,
            origin,
          });

          await expectJsonRpcError(response, 403, -32000);
        }
      },
    );

    it.each([
      'http://localhost:5173',
      'http://127.0.0.1:9999',
      'http://[::1]:3000',
      CONFIGURED_ORIGIN,
    ])('should serve Origin %s', async (origin) => {
      const response = await post(initializeRequest(LEGACY_VERSION), {
        ...admin(),
        origin,
      });

      expect(response.status).toBe(200);
    });
  });

  describe('request size', () => {
    const callWithPadding = (paddingBytes: number) =>
      post(
        {
          jsonrpc: '2.0',
          id: 1,
          method: 'tools/call',
          params: {
            name: 'list_objects',
            arguments: { padding: 'x'.repeat(paddingBytes) },
          },
        },
        legacyHeaders(),
      );

    it('should serve a body just under the limit', async () => {
      const response = await callWithPadding(MAX_BODY_BYTES - 1024);
      const body = (await response.json()) as JsonRpcResult<{
        isError: boolean;
      }>;

      expect(response.status).toBe(200);
      // The padding is an unknown argument: a tool error, not a transport one.
      expect(body.result.isError).toBe(true);
    });

    it('should refuse a body over the limit with 413', async () => {
      const body = await expectJsonRpcError(
        await callWithPadding(MAX_BODY_BYTES),
        413,
      );

      expect(body.id).toBeNull();
    });
  });
});
