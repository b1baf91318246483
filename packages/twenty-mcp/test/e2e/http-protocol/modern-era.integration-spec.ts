import { DEMO_WORKSPACE } from '@twenty-mcp/twenty-db';

import {
  expectJsonRpcError,
  type JsonRpcResult,
  LEGACY_VERSION,
  MODERN_ENVELOPE,
  MODERN_VERSION,
  modernRequest,
  useRawHttp,
} from './utils/raw-http';

// The MCP endpoint on the wire, without an SDK: what any client (or
// attacker) can send, and what the specs say must come back. Here: the
// modern era (2026-07-28), its request envelope, headers and caching.
describe('MCP endpoint over raw HTTP', () => {
  const { e2e, post, admin, modernHeaders } = useRawHttp();

  describe('modern era (2026-07-28)', () => {
    it('should answer server/discover with the modern version, capabilities and server info', async () => {
      const response = await post(
        modernRequest('server/discover'),
        modernHeaders('server/discover'),
      );
      const body = (await response.json()) as JsonRpcResult<{
        supportedVersions: string[];
        capabilities: Record<string, unknown>;
        resultType: string;
        ttlMs: number;
        cacheScope: string;
        _meta: Record<string, { name: string }>;
      }>;

      expect(response.status).toBe(200);
      expect(body.result.supportedVersions).toContain(MODERN_VERSION);
      expect(body.result.capabilities).toMatchObject({
        tools: { listChanged: true },
        resources: {},
        prompts: {},
        completions: {},
      });
      expect(body.result.resultType).toBe('complete');
      expect(body.result._meta['io.modelcontextprotocol/serverInfo'].name).toBe(
        'twenty-mcp',
      );
      expect(Number.isInteger(body.result.ttlMs)).toBe(true);
      expect(body.result.cacheScope).toBe('private');
    });

    it.each([
      ['tools/list', {}],
      ['prompts/list', {}],
      ['resources/list', {}],
      ['resources/templates/list', {}],
    ])(
      'should mark %s as cacheable privately: the list depends on the credential',
      async (method, params) => {
        const body = (await (
          await post(modernRequest(method, params), modernHeaders(method))
        ).json()) as JsonRpcResult<{ ttlMs: number; cacheScope: string }>;

        expect(body.result.ttlMs).toBeGreaterThanOrEqual(0);
        expect(Number.isInteger(body.result.ttlMs)).toBe(true);
        expect(body.result.cacheScope).toBe('private');
      },
    );

    it('should list tools in a deterministic order', async () => {
      const names = async () =>
        (
          (await (
            await post(modernRequest('tools/list'), modernHeaders('tools/list'))
          ).json()) as JsonRpcResult<{ tools: { name: string }[] }>
        ).result.tools.map((tool) => tool.name);

      expect(await names()).toEqual(await names());
    });

    it('should mark resources/read with cache fields too', async () => {
      const uri = `twenty://workspace/${DEMO_WORKSPACE.id}/objects/person`;
      const body = (await (
        await post(
          modernRequest('resources/read', { uri }),
          modernHeaders('resources/read', uri),
        )
      ).json()) as JsonRpcResult<{
        contents: { uri: string }[];
        ttlMs: number;
        cacheScope: string;
      }>;

      expect(body.result.contents[0].uri).toBe(uri);
      expect(body.result.ttlMs).toBeGreaterThanOrEqual(0);
      expect(body.result.cacheScope).toBe('private');
    });

    it('should refuse a missing or mismatched Mcp-Method with -32020', async () => {
      const missing = await expectJsonRpcError(
        await post(modernRequest('tools/list'), {
          ...admin(),
          'mcp-protocol-version': MODERN_VERSION,
        }),
        400,
        -32020,
      );
      const mismatched = await expectJsonRpcError(
        await post(modernRequest('tools/list'), modernHeaders('prompts/list')),
        400,
        -32020,
      );

      expect(missing.error.data).toMatchObject({
        mismatch: { header: '(missing)' },
      });
      expect(mismatched.error.data).toMatchObject({
        mismatch: { header: 'prompts/list' },
      });
    });

    it.each([
      ['tools/call', { name: 'list_objects', arguments: {} }, 'find_records'],
      [
        'resources/read',
        { uri: `twenty://workspace/${DEMO_WORKSPACE.id}/objects/person` },
        `twenty://workspace/${DEMO_WORKSPACE.id}/objects/company`,
      ],
      [
        'prompts/get',
        { name: 'account_brief', arguments: { company: 'Acme' } },
        'log_meeting',
      ],
    ])(
      'should refuse %s whose Mcp-Name is missing or names something else with -32020',
      async (method, params, otherName) => {
        await expectJsonRpcError(
          await post(modernRequest(method, params), modernHeaders(method)),
          400,
          -32020,
        );

        const mismatched = await expectJsonRpcError(
          await post(
            modernRequest(method, params),
            modernHeaders(method, otherName),
          ),
          400,
          -32020,
        );

        expect(mismatched.error.data).toMatchObject({
          mismatch: { header: otherName },
        });
      },
    );

    it('should refuse an MCP-Protocol-Version header that disagrees with the envelope with -32020', async () => {
      await expectJsonRpcError(
        await post(modernRequest('tools/list'), {
          ...modernHeaders('tools/list'),
          'mcp-protocol-version': LEGACY_VERSION,
        }),
        400,
        -32020,
      );
    });

    it('should refuse an unsupported modern version with -32022 naming the supported ones', async () => {
      const request = modernRequest('tools/list');

      request.params._meta = {
        ...MODERN_ENVELOPE,
        'io.modelcontextprotocol/protocolVersion': '2099-01-01',
      };

      const body = await expectJsonRpcError(
        await post(request, {
          ...modernHeaders('tools/list'),
          'mcp-protocol-version': '2099-01-01',
        }),
        400,
        -32022,
      );

      expect(body.error.data).toEqual({
        supported: [MODERN_VERSION],
        requested: '2099-01-01',
      });
    });

    it('should refuse an envelope without client capabilities, or a modern header without an envelope, with -32602', async () => {
      await expectJsonRpcError(
        await post(
          {
            jsonrpc: '2.0',
            id: 1,
            method: 'tools/list',
            params: {
              _meta: {
                'io.modelcontextprotocol/protocolVersion': MODERN_VERSION,
              },
            },
          },
          modernHeaders('tools/list'),
        ),
        400,
        -32602,
      );
      await expectJsonRpcError(
        await post(
          { jsonrpc: '2.0', id: 1, method: 'tools/list', params: {} },
          modernHeaders('tools/list'),
        ),
        400,
        -32602,
      );
    });

    it.each(['crm/exportEverything', 'ping', 'logging/setLevel'])(
      'should answer %s, which the modern era does not have, with -32601',
      async (method) => {
        const body = await expectJsonRpcError(
          await post(modernRequest(method, {}, 'm'), modernHeaders(method)),
          404,
          -32601,
        );

        expect(body.id).toBe('m');
      },
    );

    it('should answer an unknown tool with -32602', async () => {
      const body = await expectJsonRpcError(
        await post(
          modernRequest('tools/call', { name: 'drop_database', arguments: {} }),
          modernHeaders('tools/call', 'drop_database'),
        ),
        200,
        -32602,
      );

      expect(body.error.message).toContain('drop_database');
    });

    it('should refuse batches', async () => {
      await expectJsonRpcError(
        await post([modernRequest('tools/list')], modernHeaders('tools/list')),
        400,
        -32600,
      );
    });

    it('should accept a notification with 202', async () => {
      const response = await post(
        {
          jsonrpc: '2.0',
          method: 'notifications/cancelled',
          params: { requestId: 1, _meta: MODERN_ENVELOPE },
        },
        modernHeaders('notifications/cancelled'),
      );

      expect(response.status).toBe(202);
    });

    it.each(['GET', 'DELETE'])(
      'should answer %s with 405 and Allow: POST',
      async (method) => {
        const response = await fetch(e2e.server.url, {
          method,
          headers: {
            ...admin(),
            accept: 'application/json, text/event-stream',
            'mcp-protocol-version': MODERN_VERSION,
          },
        });

        await expectJsonRpcError(response, 405, -32000);
        expect(response.headers.get('allow')).toBe('POST');
      },
    );
  });
});
