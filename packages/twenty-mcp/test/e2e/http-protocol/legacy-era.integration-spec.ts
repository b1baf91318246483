import {
  expectJsonRpcError,
  initializeRequest,
  type JsonRpcResult,
  LEGACY_VERSION,
  useRawHttp,
} from './utils/raw-http';

// The MCP endpoint on the wire, without an SDK: what any client (or
// attacker) can send, and what the specs say must come back. Here: the
// legacy era (2025-11-25), sessionless JSON-RPC over Streamable HTTP.
describe('MCP endpoint over raw HTTP', () => {
  const { e2e, post, admin, legacyHeaders } = useRawHttp();

  describe('legacy era (2025-11-25)', () => {
    it('should negotiate 2025-11-25 on initialize', async () => {
      const response = await post(
        initializeRequest(LEGACY_VERSION, 'init'),
        admin(),
      );
      const body = (await response.json()) as JsonRpcResult<{
        protocolVersion: string;
        capabilities: Record<string, unknown>;
        serverInfo: { name: string };
      }>;

      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(
        /^application\/json/,
      );
      expect(response.headers.get('mcp-session-id')).toBeNull();
      expect(body).toMatchObject({
        jsonrpc: '2.0',
        id: 'init',
        result: {
          protocolVersion: LEGACY_VERSION,
          serverInfo: { name: 'twenty-mcp' },
        },
      });
      expect(Object.keys(body.result.capabilities).sort()).toEqual([
        'completions',
        'prompts',
        'resources',
        'tools',
      ]);
    });

    it('should keep an older supported version and answer an unknown one with its latest', async () => {
      const older = (await (
        await post(initializeRequest('2025-06-18'), admin())
      ).json()) as JsonRpcResult<{ protocolVersion: string }>;
      const future = (await (
        await post(initializeRequest('2099-01-01'), admin())
      ).json()) as JsonRpcResult<{ protocolVersion: string }>;

      expect(older.result.protocolVersion).toBe('2025-06-18');
      expect(future.result.protocolVersion).toBe(LEGACY_VERSION);
    });

    it('should refuse a request whose MCP-Protocol-Version is not supported', async () => {
      const response = await post(
        { jsonrpc: '2.0', id: 1, method: 'tools/list' },
        { ...admin(), 'mcp-protocol-version': '1999-01-01' },
      );

      await expectJsonRpcError(response, 400, -32000);
    });

    it('should accept notifications with 202 and no body', async () => {
      const response = await post(
        { jsonrpc: '2.0', method: 'notifications/initialized' },
        legacyHeaders(),
      );

      expect(response.status).toBe(202);
      expect(await response.text()).toBe('');
    });

    it('should answer malformed JSON with a -32700 parse error', async () => {
      const body = await expectJsonRpcError(
        await post('{"jsonrpc": "2.0", "id": 1, "method": ', legacyHeaders()),
        400,
        -32700,
      );

      expect(body.id).toBeNull();
    });

    it('should answer JSON that is not JSON-RPC with -32600', async () => {
      await expectJsonRpcError(
        await post({ hello: 'world' }, legacyHeaders()),
        400,
        -32600,
      );
    });

    it('should answer an unknown method with -32601', async () => {
      const response = await post(
        { jsonrpc: '2.0', id: 7, method: 'crm/exportEverything', params: {} },
        legacyHeaders(),
      );
      const body = await expectJsonRpcError(response, 200, -32601);

      expect(body.id).toBe(7);
    });

    it('should answer an unknown tool with -32602 and bad arguments with a tool error', async () => {
      const unknown = await expectJsonRpcError(
        await post(
          {
            jsonrpc: '2.0',
            id: 8,
            method: 'tools/call',
            params: { name: 'drop_database', arguments: {} },
          },
          legacyHeaders(),
        ),
        200,
        -32602,
      );
      const invalid = (await (
        await post(
          {
            jsonrpc: '2.0',
            id: 9,
            method: 'tools/call',
            params: {
              name: 'find_records',
              arguments: { object: 'person', limit: 'all' },
            },
          },
          legacyHeaders(),
        )
      ).json()) as JsonRpcResult<{
        isError: boolean;
        content: { text: string }[];
      }>;

      expect(unknown.id).toBe(8);
      expect(unknown.error.message).toContain('drop_database');
      expect(invalid.result.isError).toBe(true);
      expect(invalid.result.content[0].text).toContain('/limit');
    });

    it('should not send modern cache fields on legacy lists', async () => {
      const body = (await (
        await post(
          { jsonrpc: '2.0', id: 1, method: 'tools/list' },
          legacyHeaders(),
        )
      ).json()) as JsonRpcResult<{ tools: unknown[] }>;

      expect(body.result.tools.length).toBeGreaterThan(0);
      expect(body.result).not.toHaveProperty('ttlMs');
      expect(body.result).not.toHaveProperty('cacheScope');
    });

    it('should answer a batch with one response per request', async () => {
      const response = await post(
        [
          { jsonrpc: '2.0', id: 'tools', method: 'tools/list' },
          { jsonrpc: '2.0', method: 'notifications/initialized' },
          { jsonrpc: '2.0', id: 'prompts', method: 'prompts/list' },
        ],
        { ...admin(), 'mcp-protocol-version': '2025-03-26' },
      );
      const body = (await response.json()) as JsonRpcResult[];

      expect(response.status).toBe(200);
      expect(Array.isArray(body)).toBe(true);
      expect(body.map((message) => message.id).sort()).toEqual([
        'prompts',
        'tools',
      ]);
      expect(body.every((message) => 'result' in message)).toBe(true);
    });

    it('should want both JSON and SSE in Accept, and JSON as Content-Type', async () => {
      const request = { jsonrpc: '2.0', id: 1, method: 'tools/list' };

      await expectJsonRpcError(
        await post(request, { ...legacyHeaders(), accept: 'application/json' }),
        406,
        -32000,
      );
      await expectJsonRpcError(
        await post(request, {
          ...legacyHeaders(),
          'content-type': 'text/plain',
        }),
        415,
        -32000,
      );
    });

    it('should refuse DELETE: there are no sessions to end', async () => {
      const response = await fetch(e2e.server.url, {
        method: 'DELETE',
        headers: legacyHeaders(),
      });

      expect(response.status).toBe(405);
    });
  });
});
