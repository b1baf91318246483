import { randomUUID } from 'node:crypto';

import {
  DEMO_WORKSPACE,
  listApiKeys,
  mintApiKeyToken,
  SECOND_WORKSPACE,
} from '@twenty-mcp/twenty-db';
import { TEST_APP_SECRET } from '@twenty-mcp/twenty-db/testing';
import { computeAppSecret } from '@twenty-mcp/twenty-layout';
import { sign } from 'jsonwebtoken';

import {
  expectJsonRpcError,
  initializeRequest,
  INVALID_TOKEN_CHALLENGE,
  type JsonRpcResult,
  LEGACY_VERSION,
  useRawHttp,
} from './utils/raw-http';

// The MCP endpoint on the wire, without an SDK: what any client (or
// attacker) can send, and what the specs say must come back. Here: which
// credentials get in, the challenges for the others, and the
// protected-resource metadata those challenges point at.
describe('MCP endpoint over raw HTTP', () => {
  const { e2e, post, bearer } = useRawHttp();
  let apiKeyIds: Record<string, string>;
  let resourceMetadataUrl: string;

  beforeAll(async () => {
    resourceMetadataUrl = new URL(
      '/.well-known/oauth-protected-resource/mcp',
      e2e.server.url,
    ).href;
    apiKeyIds = Object.fromEntries(
      (await listApiKeys(e2e.pg)).map((key) => [key.name, key.id]),
    );
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
          const token = e2e.tokens['MCP - admin'];
          const last = token.at(-2) === 'A' ? 'B' : 'A';

          return `${token.slice(0, -2)}${last}${token.at(-1)}`;
        },
      ],
      [
        'a token whose payload names another workspace',
        () => {
          const [header, , signature] = e2e.tokens['MCP - admin'].split('.');

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
      ['a token of a revoked key', () => e2e.tokens['Revoked key']],
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

    // Authenticated, but authorised for nothing: 403, not a challenge.
    it('should answer a valid key without a role with 403 saying how to fix it', async () => {
      const response = await post(
        initializeRequest(LEGACY_VERSION),
        bearer(e2e.tokens['Key without a role']),
      );
      const body = await expectJsonRpcError(response, 403, -32000);

      expect(response.headers.get('www-authenticate')).toBeNull();
      expect(body.error.message).toMatch(/no role.*assign one/);
    });

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
        bearer(e2e.tokens[keyName]),
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
      const response = await fetch(new URL(path, e2e.server.url));

      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(
        /^application\/json/,
      );
      expect(await response.json()).toEqual({
        resource: e2e.server.url,
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

      expect(metadata.resource).toBe(e2e.server.url);
    });
  });
});
