import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';

import {
  DEMO_WORKSPACE,
  listApiKeys,
  mintApiKeyToken,
  SECOND_WORKSPACE,
} from '@twenty-mcp/twenty-db';
import { TEST_APP_SECRET } from '@twenty-mcp/twenty-db/testing';
import { computeAppSecret } from '@twenty-mcp/twenty-layout';
import { sign } from 'jsonwebtoken';
import { Client as PgClient } from 'pg';

import { demoTokens } from './utils/demo-tokens';
import { startTestServer, type TestServer } from './utils/start-test-server';

// The MCP endpoint on the wire, without an SDK: what any client (or
// attacker) can send, and what the specs say must come back.

const LEGACY_VERSION = '2025-11-25';
const MODERN_VERSION = '2026-07-28';
// The module's documented request limit (MCP_HTTP_LIMITS), the SDK default.
const MAX_BODY_BYTES = 4 * 1024 * 1024;
const CONFIGURED_ORIGIN = 'https://crm.example.com';
const INVALID_TOKEN_CHALLENGE =
  'error="invalid_token", error_description="The access token is invalid, expired or revoked."';

type JsonRpcError = {
  jsonrpc: '2.0';
  id: string | number | null;
  error: { code: number; message: string; data?: Record<string, unknown> };
};

type JsonRpcResult<T = Record<string, unknown>> = {
  jsonrpc: '2.0';
  id: string | number;
  result: T;
};

const MODERN_ENVELOPE = {
  'io.modelcontextprotocol/protocolVersion': MODERN_VERSION,
  'io.modelcontextprotocol/clientCapabilities': {},
  'io.modelcontextprotocol/clientInfo': { name: 'raw-http', version: '1.0.0' },
};

const initializeRequest = (
  protocolVersion: string,
  id: number | string = 1,
) => ({
  jsonrpc: '2.0',
  id,
  method: 'initialize',
  params: {
    protocolVersion,
    capabilities: {},
    clientInfo: { name: 'raw-http', version: '1.0.0' },
  },
});

const modernRequest = (
  method: string,
  params: Record<string, unknown> = {},
  id: number | string = 1,
) => ({
  jsonrpc: '2.0',
  id,
  method,
  params: { ...params, _meta: MODERN_ENVELOPE },
});

// undici's fetch always sends the URL's own Host, so a forged Host needs a
// plain node:http request.
const postWithHost = (
  url: string,
  host: string,
  headers: Record<string, string>,
  body: unknown,
) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    const target = new URL(url);
    const request = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json, text/event-stream',
          ...headers,
          host,
        },
      },
      (response) => {
        let text = '';

        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body: text }),
        );
      },
    );

    request.on('error', reject);
    request.end(JSON.stringify(body));
  });

describe('MCP endpoint over raw HTTP', () => {
  let server: TestServer;
  let tokens: Record<string, string>;
  let apiKeyIds: Record<string, string>;
  let resourceMetadataUrl: string;

  const post = (
    body: unknown,
    headers: Record<string, string | undefined> = {},
  ): Promise<Response> =>
    fetch(server.url, {
      method: 'POST',
      headers: Object.fromEntries(
        Object.entries({
          'content-type': 'application/json',
          accept: 'application/json, text/event-stream',
          ...headers,
        }).filter((entry): entry is [string, string] => entry[1] !== undefined),
      ),
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const admin = () => bearer(tokens['MCP - admin']);
  const legacyHeaders = () => ({
    ...admin(),
    'mcp-protocol-version': LEGACY_VERSION,
  });
  const modernHeaders = (method: string, name?: string) => ({
    ...admin(),
    'mcp-protocol-version': MODERN_VERSION,
    'mcp-method': method,
    ...(name === undefined ? {} : { 'mcp-name': name }),
  });

  const expectJsonRpcError = async (
    response: Response,
    status: number,
    code?: number,
  ): Promise<JsonRpcError> => {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);

    const body = (await response.json()) as JsonRpcError;

    expect(body.jsonrpc).toBe('2.0');
    expect(Number.isInteger(body.error.code)).toBe(true);
    expect(typeof body.error.message).toBe('string');

    if (code !== undefined) {
      expect(body.error.code).toBe(code);
    }

    return body;
  };

  beforeAll(async () => {
    server = await startTestServer({ allowedOrigins: [CONFIGURED_ORIGIN] });
    tokens = await demoTokens(server.database.databaseUrl);
    resourceMetadataUrl = new URL(
      '/.well-known/oauth-protected-resource/mcp',
      server.url,
    ).href;

    const pg = new PgClient({ connectionString: server.database.databaseUrl });

    await pg.connect();

    try {
      apiKeyIds = Object.fromEntries(
        (await listApiKeys(pg)).map((key) => [key.name, key.id]),
      );
    } finally {
      await pg.end();
    }
  }, 60_000);

  afterAll(async () => {
    await server?.stopAll();
  });

  describe('authentication', () => {
    const workspaceSecret = (workspaceId: string, type: 'API_KEY' | 'ACCESS') =>
      computeAppSecret({ appSecret: TEST_APP_SECRET, workspaceId, type });
    const adminClaims = () => ({
      sub: DEMO_WORKSPACE.id,
      type: 'API_KEY',
      workspaceId: DEMO_WORKSPACE.id,
    });
    const base64Url = (value: unknown) =>
      Buffer.from(JSON.stringify(value)).toString('base64url');

    const refusedTokens: [string, () => string][] = [
      ['a token that is not a JWT', () => 'not-a-jwt'],
      [
        'a token whose signature was altered',
        () => {
          const token = tokens['MCP - admin'];
          const last = token.at(-2) === 'A' ? 'B' : 'A';

          return `${token.slice(0, -2)}${last}${token.at(-1)}`;
        },
      ],
      [
        'a token whose payload names another workspace',
        () => {
          const [header, , signature] = tokens['MCP - admin'].split('.');

          return [
            header,
            base64Url({
              sub: SECOND_WORKSPACE.id,
              type: 'API_KEY',
              workspaceId: SECOND_WORKSPACE.id,
              jti: apiKeyIds['Globex - admin'],
            }),
            signature,
          ].join('.');
        },
      ],
      [
        'a token signed with another APP_SECRET',
        () =>
          mintApiKeyToken({
            appSecret: 'not-the-app-secret',
            workspaceId: DEMO_WORKSPACE.id,
            apiKeyId: apiKeyIds['MCP - admin'],
          }),
      ],
      [
        "a token signed with another workspace's secret",
        () =>
          sign(adminClaims(), workspaceSecret(SECOND_WORKSPACE.id, 'API_KEY'), {
            jwtid: apiKeyIds['MCP - admin'],
            expiresIn: '1h',
          }),
      ],
      [
        'a token signed with HS512 instead of HS256',
        () =>
          sign(adminClaims(), workspaceSecret(DEMO_WORKSPACE.id, 'API_KEY'), {
            algorithm: 'HS512',
            jwtid: apiKeyIds['MCP - admin'],
            expiresIn: '1h',
          }),
      ],
      [
        'an unsigned token (alg "none")',
        () =>
          `${base64Url({ alg: 'none', typ: 'JWT' })}.${base64Url({
            ...adminClaims(),
            jti: apiKeyIds['MCP - admin'],
            exp: Math.floor(Date.now() / 1000) + 3600,
          })}.`,
      ],
      [
        'an expired token',
        () =>
          sign(
            {
              ...adminClaims(),
              iat: Math.floor(Date.now() / 1000) - 7200,
              exp: Math.floor(Date.now() / 1000) - 3600,
            },
            workspaceSecret(DEMO_WORKSPACE.id, 'API_KEY'),
            { jwtid: apiKeyIds['MCP - admin'] },
          ),
      ],
      [
        'a token of a key that expired in the database',
        () =>
          mintApiKeyToken({
            appSecret: TEST_APP_SECRET,
            workspaceId: DEMO_WORKSPACE.id,
            apiKeyId: apiKeyIds['Expired key'],
          }),
      ],
      ['a token of a revoked key', () => tokens['Revoked key']],
      ['a token of a key without a role', () => tokens['Key without a role']],
      [
        'a token naming an unknown key id',
        () =>
          mintApiKeyToken({
            appSecret: TEST_APP_SECRET,
            workspaceId: DEMO_WORKSPACE.id,
            apiKeyId: randomUUID(),
          }),
      ],
      [
        "a token naming another workspace's key",
        () =>
          mintApiKeyToken({
            appSecret: TEST_APP_SECRET,
            workspaceId: DEMO_WORKSPACE.id,
            apiKeyId: apiKeyIds['Globex - admin'],
          }),
      ],
      [
        'a user access token instead of an API key',
        () =>
          sign(
            {
              sub: randomUUID(),
              type: 'ACCESS',
              workspaceId: DEMO_WORKSPACE.id,
            },
            workspaceSecret(DEMO_WORKSPACE.id, 'ACCESS'),
            { expiresIn: '1h' },
          ),
      ],
    ];

    it('should challenge a request without credentials, pointing at the protected-resource metadata', async () => {
      const response = await post(initializeRequest(LEGACY_VERSION));
      const body = await expectJsonRpcError(response, 401, -32001);

      expect(response.headers.get('www-authenticate')).toBe(
        `Bearer resource_metadata="${resourceMetadataUrl}"`,
      );
      expect(body.id).toBeNull();
    });

    it('should authenticate before reading the body', async () => {
      const response = await post('{not json');

      await expectJsonRpcError(response, 401, -32001);
    });

    it('should answer a non-Bearer Authorization header with invalid_request', async () => {
      const response = await post(initializeRequest(LEGACY_VERSION), {
        authorization: `Basic ${Buffer.from('user:password').toString('base64')}`,
      });

      await expectJsonRpcError(response, 401, -32001);
      expect(response.headers.get('www-authenticate')).toMatch(
        new RegExp(
          `^Bearer error="invalid_request", error_description="[^"]+", resource_metadata="${resourceMetadataUrl.replace(/[.?/]/g, '\\$&')}"$`,
        ),
      );
    });

    it.each(refusedTokens)(
      'should refuse %s with 401 invalid_token and the same body as any other refusal',
      async (_label, token) => {
        const response = await post(
          initializeRequest(LEGACY_VERSION),
          bearer(token()),
        );
        const body = await expectJsonRpcError(response, 401, -32001);

        expect(response.headers.get('www-authenticate')).toBe(
          `Bearer ${INVALID_TOKEN_CHALLENGE}, resource_metadata="${resourceMetadataUrl}"`,
        );
        // One message for every reason: no oracle telling revoked from unknown.
        expect(body).toEqual({
          jsonrpc: '2.0',
          id: null,
          error: {
            code: -32001,
            message: 'The access token is invalid, expired or revoked.',
          },
        });
      },
    );

    it.each([
      ['a Twenty API key', 'MCP - admin', 'Northwind Traders'],
      [
        'a legacy key signed with the ACCESS secret',
        'Legacy integration (ACCESS-signed)',
        'Northwind Traders',
      ],
      ["the second workspace's key", 'Globex - admin', 'Globex Corporation'],
    ])('should accept %s', async (_label, keyName, workspaceName) => {
      const response = await post(
        initializeRequest(LEGACY_VERSION),
        bearer(tokens[keyName]),
      );
      const body = (await response.json()) as JsonRpcResult<{
        instructions: string;
      }>;

      expect(response.status).toBe(200);
      expect(body.result.instructions).toContain(`"${workspaceName}"`);
    });
  });

  describe('protected-resource metadata (RFC 9728)', () => {
    it.each([
      '/.well-known/oauth-protected-resource',
      '/.well-known/oauth-protected-resource/mcp',
    ])('should serve %s without credentials', async (path) => {
      const response = await fetch(new URL(path, server.url));

      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(
        /^application\/json/,
      );
      expect(await response.json()).toEqual({
        resource: server.url,
        bearer_methods_supported: ['header'],
        resource_name: expect.any(String),
        resource_documentation: expect.stringMatching(/^https:\/\//),
      });
    });

    it('should name in the challenge a metadata URL whose resource is this endpoint', async () => {
      const challenge = (await post({})).headers.get('www-authenticate')!;
      const url = /resource_metadata="([^"]+)"/.exec(challenge)![1];
      const metadata = (await (await fetch(url)).json()) as {
        resource: string;
      };

      expect(metadata.resource).toBe(server.url);
    });
  });

  describe('Host and Origin validation', () => {
    it.each(['evil.example', 'evil.example:80', 'localhost.evil.example'])(
      'should refuse Host %s with 403, before authentication',
      async (host) => {
        for (const headers of [admin(), {}]) {
          const response = await postWithHost(
            server.url,
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
          server.url,
          `${hostname}:${new URL(server.url).port}`,
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
      const response = await fetch(server.url, {
        method: 'DELETE',
        headers: legacyHeaders(),
      });

      expect(response.status).toBe(405);
    });
  });

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
        const response = await fetch(server.url, {
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
