import {
  Client,
  StreamableHTTPClientTransport,
} from '@modelcontextprotocol/client';
import { DEMO_WORKSPACE, SECOND_WORKSPACE } from '@twenty-mcp/twenty-db';

import { demoTokens } from '@twenty-mcp/twenty-db/testing';

import { startTestApp, type TestApp } from '../utils/start-test-app';
import { initializeRequest, postMcp } from './utils/post-mcp';
import {
  startAuthorizationServer,
  type TestAccount,
  type TestAuthorizationServer,
} from './utils/start-authorization-server';

// The MCP endpoint as an OAuth 2.1 resource server, against a real
// authorization server (oidc-provider) driven through the authorization-code
// + PKCE + resource-indicator flow, and the official SDK client holding the
// access token it issued.

const MCP_SCOPES = 'mcp:read mcp:write mcp:delete mcp:destroy';
const ALL_SCOPES = `openid email ${MCP_SCOPES}`;
const OPPORTUNITY_WORD = /opportunit/i;
const WRITE_TOOLS = [
  'create_records',
  'update_records',
  'delete_records',
  'restore_records',
  'destroy_records',
];

const ACCOUNTS: Record<string, TestAccount> = {
  alex: { email: 'alex.rivera@northwind.test' },
  // Twenty's emails are case-insensitive (citext); the AS need not agree.
  maria: { email: 'Maria.Garcia@Northwind.test' },
  // Member of Northwind and of Globex.
  sam: { email: 'sam.chen@northwind.test' },
  hank: { email: 'hank@globex.test' },
  priya: { email: 'priya.patel@northwind.test' },
  jordan: { email: 'jordan.lee@northwind.test', emailVerified: false },
  stranger: { email: 'nobody@elsewhere.test' },
};

type ToolOutcome = { isError: boolean; text: string; structured: unknown };

const decodePayload = (jwt: string): Record<string, unknown> =>
  JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8'));

const post = (url: string, token?: string) =>
  postMcp(url, token, initializeRequest('oauth-e2e'));

describe('MCP endpoint as an OAuth 2.1 resource server', () => {
  let authorizationServer: TestAuthorizationServer;
  let otherIssuer: TestAuthorizationServer;
  let impostor: TestAuthorizationServer;
  let server: TestApp;
  let globexServer: TestApp;
  const clients: Client[] = [];

  const resourceMetadataUrl = (mcpUrl: string) =>
    new URL('/.well-known/oauth-protected-resource/mcp', mcpUrl).href;

  const connect = async (token: string, url = server.url) => {
    const client = new Client(
      { name: 'oauth-e2e', version: '1.0.0' },
      { versionNegotiation: { mode: 'auto' } },
    );

    await client.connect(
      new StreamableHTTPClientTransport(new URL(url), {
        requestInit: { headers: { Authorization: `Bearer ${token}` } },
      }),
    );
    clients.push(client);

    return client;
  };

  const call = async (
    client: Client,
    name: string,
    args: Record<string, unknown>,
  ): Promise<ToolOutcome> => {
    const result = await client.callTool({ name, arguments: args });

    return {
      isError: result.isError === true,
      text: ((result.content ?? []) as { type: string; text?: string }[])
        .map((block) => block.text ?? '')
        .join('\n'),
      structured: result.structuredContent,
    };
  };

  const tokenFor = (
    accountId: string,
    scope = ALL_SCOPES,
    {
      from = authorizationServer,
      resource = server.url,
      shortLived = false,
    }: {
      from?: TestAuthorizationServer;
      resource?: string;
      shortLived?: boolean;
    } = {},
  ) => from.obtainAccessToken({ accountId, scope, resource, shortLived });

  const expectRefused = async (response: Response, url = server.url) => {
    const challenge = response.headers.get('www-authenticate') ?? '';

    expect(response.status).toBe(401);
    expect(challenge).toMatch(/^Bearer /);
    expect(challenge).toContain('error="invalid_token"');
    expect(challenge).toContain(
      `resource_metadata="${resourceMetadataUrl(url)}"`,
    );
  };

  beforeAll(async () => {
    authorizationServer = await startAuthorizationServer({
      accounts: ACCOUNTS,
    });
    [server, otherIssuer, impostor] = await Promise.all([
      // No jwksUri: discovered from the issuer's metadata.
      startTestApp({ oauth: { issuer: authorizationServer.issuer } }),
      startAuthorizationServer({ accounts: ACCOUNTS }),
      // Claims the real issuer but signs with keys of its own.
      startAuthorizationServer({
        accounts: ACCOUNTS,
        issuer: authorizationServer.issuer,
      }),
    ]);

    for (const issuing of [authorizationServer, otherIssuer, impostor]) {
      issuing.registerResource(server.url, MCP_SCOPES);
    }

    authorizationServer.registerResource(
      'https://calendar.example.test/mcp',
      MCP_SCOPES,
    );
  }, 120_000);

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.close()));
    await Promise.all([
      server?.stop(),
      globexServer?.stop(),
      authorizationServer?.stop(),
      otherIssuer?.stop(),
      impostor?.stop(),
    ]);
  });

  it('should advertise the issuer and the MCP scopes in the protected-resource metadata', async () => {
    for (const url of [
      resourceMetadataUrl(server.url),
      new URL('/.well-known/oauth-protected-resource', server.url).href,
    ]) {
      const response = await fetch(url);

      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({
        resource: server.url,
        authorization_servers: [authorizationServer.issuer],
        scopes_supported: [
          'mcp:read',
          'mcp:write',
          'mcp:delete',
          'mcp:destroy',
          'mcp:erase',
        ],
        bearer_methods_supported: ['header'],
      });
    }
  });

  it('should challenge a request without a token with 401, the metadata URL and the scopes', async () => {
    const response = await post(server.url);
    const challenge = response.headers.get('www-authenticate') ?? '';

    expect(response.status).toBe(401);
    expect(challenge).toContain(
      `resource_metadata="${resourceMetadataUrl(server.url)}"`,
    );
    expect(challenge).toContain(`scope="${MCP_SCOPES}"`);
  });

  describe('a token for an Admin with every MCP scope', () => {
    let token: string;
    let client: Client;

    beforeAll(async () => {
      token = await tokenFor('alex');
      client = await connect(token);
    });

    it('should be a JWT the authorization server issued for this endpoint', () => {
      expect(decodePayload(token)).toMatchObject({
        iss: authorizationServer.issuer,
        aud: server.url,
        email: ACCOUNTS.alex.email,
        scope: expect.stringContaining('mcp:write'),
      });
    });

    it('should list every tool and find records through the official SDK client', async () => {
      const { tools } = await client.listTools();
      const found = await call(client, 'find_records', {
        object: 'opportunity',
        filter: { amount: { amount: { gt: 50000 } } },
        orderBy: [{ amount: { amount: 'DescNullsLast' } }],
        limit: 3,
      });
      const { records } = found.structured as {
        records: { amount: { amount: number } }[];
      };

      expect(tools.map((tool) => tool.name)).toEqual(
        expect.arrayContaining(['find_records', ...WRITE_TOOLS]),
      );
      expect(found.isError).toBe(false);
      expect(records).toHaveLength(3);
      expect(records.every((record) => record.amount.amount > 50000)).toBe(
        true,
      );
    });

    it('should write as the workspace member the token names', async () => {
      const [{ databaseSchema }] = (await server.dataSource.query(
        `SELECT "databaseSchema" FROM core."workspace" WHERE "id" = $1`,
        [DEMO_WORKSPACE.id],
      )) as { databaseSchema: string }[];
      const [member] = (await server.dataSource.query(
        `SELECT "id" FROM "${databaseSchema}"."workspaceMember" WHERE "userEmail" = $1`,
        [ACCOUNTS.alex.email],
      )) as { id: string }[];
      const created = await call(client, 'create_records', {
        object: 'person',
        records: [{ name: { firstName: 'Olivia', lastName: 'OAuth' } }],
      });
      const [person] = (
        created.structured as {
          records: { createdBy: Record<string, unknown> }[];
        }
      ).records;

      expect(created.isError).toBe(false);
      expect(member).toBeDefined();
      expect(person.createdBy).toMatchObject({
        source: 'API',
        name: 'Alex Rivera',
        workspaceMemberId: member.id,
      });
    });
  });

  describe('tokens the endpoint must refuse with 401', () => {
    it('should accept the same request with a valid token (control)', async () => {
      expect((await post(server.url, await tokenFor('alex'))).status).toBe(200);
    });

    it('should refuse a token issued for another resource (audience)', async () => {
      const token = await tokenFor('alex', ALL_SCOPES, {
        resource: 'https://calendar.example.test/mcp',
      });

      expect(decodePayload(token).aud).toBe(
        'https://calendar.example.test/mcp',
      );
      await expectRefused(await post(server.url, token));
    });

    it('should refuse a token from another authorization server', async () => {
      const token = await tokenFor('alex', ALL_SCOPES, { from: otherIssuer });

      expect(decodePayload(token)).toMatchObject({
        iss: otherIssuer.issuer,
        aud: server.url,
      });
      await expectRefused(await post(server.url, token));
    });

    it('should refuse a token that claims the issuer but is signed with other keys', async () => {
      const token = await tokenFor('alex', ALL_SCOPES, { from: impostor });

      expect(decodePayload(token)).toMatchObject({
        iss: authorizationServer.issuer,
        aud: server.url,
      });
      await expectRefused(await post(server.url, token));
    });

    it('should refuse an expired token', async () => {
      const token = await tokenFor('alex', ALL_SCOPES, { shortLived: true });

      expect((await post(server.url, token)).status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 3_100));
      await expectRefused(await post(server.url, token));
    });

    it('should refuse a token whose email is not a Twenty user', async () => {
      await expectRefused(await post(server.url, await tokenFor('stranger')));
    });

    it('should refuse a token whose email the authorization server has not verified', async () => {
      await expectRefused(await post(server.url, await tokenFor('jordan')));
    });

    it('should refuse a user of several workspaces when none is configured', async () => {
      await expectRefused(await post(server.url, await tokenFor('sam')));
    });

    it('should refuse a user Twenty has disabled', async () => {
      const token = await tokenFor('priya');

      expect((await post(server.url, token)).status).toBe(200);
      await server.dataSource.query(
        `UPDATE core."user" SET "disabled" = true WHERE "email" = $1`,
        [ACCOUNTS.priya.email],
      );
      await expectRefused(await post(server.url, token));
    });
  });

  it('should answer a token without MCP scopes with 403 insufficient_scope', async () => {
    const token = await tokenFor('alex', 'openid email');
    const response = await post(server.url, token);
    const challenge = response.headers.get('www-authenticate') ?? '';

    expect(decodePayload(token)).toMatchObject({ aud: server.url });
    expect(response.status).toBe(403);
    expect(challenge).toContain('error="insufficient_scope"');
    expect(challenge).toContain('scope="mcp:read"');
    expect(challenge).toContain(
      `resource_metadata="${resourceMetadataUrl(server.url)}"`,
    );
  });

  it('should give a token with only mcp:read no write tool, while its reads work', async () => {
    const client = await connect(
      await tokenFor('alex', 'openid email mcp:read'),
    );
    const names = (await client.listTools()).tools.map((tool) => tool.name);
    const found = await call(client, 'find_records', {
      object: 'opportunity',
      limit: 2,
    });

    expect(names).toContain('find_records');

    for (const writeTool of WRITE_TOOLS) {
      expect(names).not.toContain(writeTool);
    }

    expect(found.isError).toBe(false);
    expect((found.structured as { records: unknown[] }).records).toHaveLength(
      2,
    );
  });

  it("should apply the member's role: a Support Agent never sees opportunities", async () => {
    const client = await connect(await tokenFor('maria'));
    const tools = await client.listTools();
    const opportunities = await call(client, 'find_records', {
      object: 'opportunity',
      limit: 1,
    });
    const people = await call(client, 'find_records', {
      object: 'person',
      limit: 1,
    });

    expect(JSON.stringify(tools)).not.toMatch(OPPORTUNITY_WORD);
    expect(opportunities.isError).toBe(true);
    expect(opportunities.text).not.toMatch(OPPORTUNITY_WORD);
    expect(people.isError).toBe(false);
  });

  it('should keep accepting Twenty API keys beside OAuth', async () => {
    const tokens = await demoTokens(server.databaseUrl);
    const client = await connect(tokens['MCP - admin']);
    const found = await call(client, 'find_records', {
      object: 'company',
      limit: 1,
    });

    expect(found.isError).toBe(false);
    await expectRefused(await post(server.url, `${tokens['MCP - admin']}x`));
  });

  describe('with a configured workspace, JWKS URI and audience', () => {
    const AUDIENCE = 'https://mcp.globex.test';

    beforeAll(async () => {
      globexServer = await startTestApp({
        oauth: {
          issuer: authorizationServer.issuer,
          jwksUri: new URL('/jwks', authorizationServer.issuer).href,
          audience: AUDIENCE,
          workspaceId: SECOND_WORKSPACE.id,
        },
      });
      authorizationServer.registerResource(AUDIENCE, MCP_SCOPES);
      authorizationServer.registerResource(globexServer.url, MCP_SCOPES);
    }, 60_000);

    it('should act in that workspace for a member of several', async () => {
      const client = await connect(
        await tokenFor('sam', ALL_SCOPES, { resource: AUDIENCE }),
        globexServer.url,
      );
      const found = await call(client, 'find_records', {
        object: 'person',
        limit: 1,
        includeTotalCount: true,
      });
      const livePeople = async (workspaceId: string) => {
        const [{ databaseSchema }] = (await globexServer.dataSource.query(
          `SELECT "databaseSchema" FROM core."workspace" WHERE "id" = $1`,
          [workspaceId],
        )) as { databaseSchema: string }[];
        const [{ count }] = (await globexServer.dataSource.query(
          `SELECT count(*)::int AS "count" FROM "${databaseSchema}"."person" WHERE "deletedAt" IS NULL`,
        )) as { count: number }[];

        return count;
      };
      const globexPeople = await livePeople(SECOND_WORKSPACE.id);

      expect(found.isError).toBe(false);
      expect((found.structured as { totalCount: number }).totalCount).toBe(
        globexPeople,
      );
      // Sam's other workspace would answer differently: the check can fail.
      expect(await livePeople(DEMO_WORKSPACE.id)).not.toBe(globexPeople);
    });

    it('should refuse a user who is not a member of that workspace', async () => {
      await expectRefused(
        await post(
          globexServer.url,
          await tokenFor('alex', ALL_SCOPES, { resource: AUDIENCE }),
        ),
        globexServer.url,
      );
    });

    it('should refuse a token for its URL once another audience is configured', async () => {
      await expectRefused(
        await post(
          globexServer.url,
          await tokenFor('hank', ALL_SCOPES, { resource: globexServer.url }),
        ),
        globexServer.url,
      );
      expect(
        (
          await post(
            globexServer.url,
            await tokenFor('hank', ALL_SCOPES, { resource: AUDIENCE }),
          )
        ).status,
      ).toBe(200);
    });
  });
});
