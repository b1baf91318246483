import {
  Client,
  StreamableHTTPClientTransport,
} from '@modelcontextprotocol/client';
import { DEMO_WORKSPACE, SECOND_WORKSPACE } from '@twenty-mcp/twenty-db';
import {
  startRedisServer,
  type TestRedisServer,
} from '@twenty-mcp/twenty-db/testing';

import { demoTokens } from './utils/demo-tokens';
import { postMcp } from './utils/post-mcp';
import { settingsGraphql, signInAs } from './utils/settings-graphql';
import { startTestServer, type TestServer } from './utils/start-test-server';

const ISSUE = `mutation ($input: IssueMcpTokenInput!) {
  issueMcpToken(input: $input) { token record { id name displayPrefix status scopes objectIds role { label } } }
}`;
const OBJECTS = `{ mcpObjects { objectId nameSingular isCustom isCustomized canRead canCreate canUpdate canDelete fields { fieldId name isHidden } } }`;
const UPDATE_EXPOSURE = `mutation ($input: UpdateObjectExposureInput!) {
  updateObjectExposure(input: $input) { nameSingular isCustomized canRead canCreate canUpdate canDelete fields { name isHidden } }
}`;

type ObjectRow = {
  objectId: string;
  nameSingular: string;
  isCustom: boolean;
  isCustomized: boolean;
  fields: { fieldId: string; name: string; isHidden: boolean }[];
};

const waitFor = async (check: () => boolean, timeoutMs = 5_000) => {
  const deadline = Date.now() + timeoutMs;

  while (!check()) {
    if (Date.now() > deadline) {
      throw new Error('timed out waiting');
    }

    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};

describe('admin controls: settings API, MCP tokens, exposure, switches', () => {
  let server: TestServer;
  let admin: string;
  const clients: Client[] = [];

  const gql = <T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    token: string = admin,
  ) => settingsGraphql<T>(server.url, query, variables, token);

  const connect = async (
    token: string,
    mode: 'legacy' | 'auto' = 'auto',
    onToolsChanged?: () => void,
  ) => {
    const client = new Client(
      { name: `admin-controls-${mode}`, version: '1.0.0' },
      { versionNegotiation: { mode } },
    );

    if (onToolsChanged) {
      client.setNotificationHandler('notifications/tools/list_changed', () =>
        onToolsChanged(),
      );
    }

    await client.connect(
      new StreamableHTTPClientTransport(new URL(server.url), {
        requestInit: { headers: { Authorization: `Bearer ${token}` } },
      }),
    );
    clients.push(client);

    return client;
  };

  const objectEnum = async (client: Client) => {
    const { tools } = await client.listTools();
    const find = tools.find((tool) => tool.name === 'find_records');

    return (
      (find?.inputSchema.properties as Record<string, { enum?: string[] }>)
        ?.object?.enum ?? []
    );
  };

  const roleId = async (label: string) => {
    const reply = await gql<{ mcpRoles: { id: string; label: string }[] }>(
      `{ mcpRoles { id label } }`,
    );

    return reply.data!.mcpRoles.find((role) => role.label === label)!.id;
  };

  const objects = async () =>
    (await gql<{ mcpObjects: ObjectRow[] }>(OBJECTS)).data!.mcpObjects;

  const issue = async (input: Record<string, unknown>) => {
    const reply = await gql<{
      issueMcpToken: {
        token: string;
        record: { id: string; status: string; scopes: string[] };
      };
    }>(ISSUE, { input });

    if (!reply.data) {
      throw new Error(JSON.stringify(reply.errors));
    }

    return reply.data.issueMcpToken;
  };

  beforeAll(async () => {
    server = await startTestServer();
    // Priya's role (Developer) holds the API keys permission flag.
    admin = await signInAs(server.url, 'priya.patel@northwind.test');
  }, 60_000);

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.close()));
    await server?.stopAll();
  });

  describe('who may use the settings API', () => {
    it('should let a role with the API keys permission in, and say who it is', async () => {
      const reply = await gql<{ mcpViewer: Record<string, string> }>(
        `{ mcpViewer { name workspaceName roleLabel workspaceId } }`,
      );

      expect(reply.data!.mcpViewer).toEqual({
        name: 'Priya Patel',
        workspaceName: DEMO_WORKSPACE.displayName,
        roleLabel: 'Developer',
        workspaceId: DEMO_WORKSPACE.id,
      });
    });

    it('should let Admins (canUpdateAllSettings) and Admin API keys in too', async () => {
      const alex = await signInAs(server.url, 'alex.rivera@northwind.test');
      const tokens = await demoTokens(server.database.databaseUrl);

      for (const token of [alex, tokens['MCP - admin']]) {
        const reply = await gql(`{ mcpSettings { isEnabled } }`, {}, token);

        expect(reply.errors).toBeUndefined();
      }
    });

    it('should refuse roles that cannot manage API keys with FORBIDDEN', async () => {
      const sam = await signInAs(
        server.url,
        'sam.chen@northwind.test',
        DEMO_WORKSPACE.id,
      );
      const reply = await gql(`{ mcpTokens { id } }`, {}, sam);

      expect(reply.data).toBeNull();
      expect(reply.errors![0].extensions?.code).toBe('FORBIDDEN');
      expect(reply.errors![0].message).toContain('Member');
    });

    it('should refuse missing, forged and expired credentials with UNAUTHENTICATED', async () => {
      const forged = `${admin.slice(0, -4)}AAAA`;

      for (const token of [undefined, forged, 'not-a-token']) {
        const reply = await settingsGraphql(
          server.url,
          `{ mcpSettings { isEnabled } }`,
          {},
          token,
        );

        expect(reply.errors![0].extensions?.code).toBe('UNAUTHENTICATED');
      }
    });

    it('should refuse a wrong password without telling whether the email exists', async () => {
      const attempt = (email: string) =>
        settingsGraphql(
          server.url,
          `mutation { signIn(input: { email: "${email}", password: "wrong" }) { accessToken } }`,
        );
      const [known, unknown] = await Promise.all([
        attempt('priya.patel@northwind.test'),
        attempt('nobody@northwind.test'),
      ]);

      expect(known.errors![0].message).toBe('Wrong email or password.');
      expect(unknown.errors![0].message).toBe('Wrong email or password.');
    });

    it('should ask a member of several workspaces which one', async () => {
      const reply = await settingsGraphql<{
        signIn: { accessToken: string | null; workspaces: { id: string }[] };
      }>(
        server.url,
        `mutation ($input: SignInInput!) { signIn(input: $input) { accessToken workspaces { id displayName } } }`,
        {
          input: {
            email: 'sam.chen@northwind.test',
            password: 'twenty-mcp-demo',
          },
        },
      );

      expect(reply.data!.signIn.accessToken).toBeNull();
      expect(
        reply.data!.signIn.workspaces.map((workspace) => workspace.id).sort(),
      ).toEqual([DEMO_WORKSPACE.id, SECOND_WORKSPACE.id].sort());
    });
  });

  describe('MCP tokens', () => {
    it('should validate input with clear messages', async () => {
      const reply = await gql(ISSUE, {
        input: { name: '', roleId: 'nope', scopes: [] },
      });

      expect(reply.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(reply.errors![0].message).toMatch(/name/);
      expect(reply.errors![0].message).toMatch(/roleId/);
      expect(reply.errors![0].message).toMatch(/scopes/);

      const unknownRole = await gql(ISSUE, {
        input: {
          name: 'x',
          roleId: '00000000-0000-4000-8000-000000000000',
          scopes: ['READ'],
        },
      });

      expect(unknownRole.errors![0].message).toContain('roleId');

      const past = await gql(ISSUE, {
        input: {
          name: 'x',
          roleId: await roleId('Admin'),
          scopes: ['READ'],
          expiresAt: '2020-01-01T00:00:00Z',
        },
      });

      expect(past.errors![0].message).toContain('expiresAt');
    });

    it('should issue a token shown once, stored only as a hash, that works as a bearer with its scopes', async () => {
      const { token, record } = await issue({
        name: 'Claude Desktop',
        roleId: await roleId('Admin'),
        scopes: ['READ', 'WRITE'],
      });
      const listed = await gql<{ mcpTokens: Record<string, unknown>[] }>(
        `{ mcpTokens { id name displayPrefix status lastUsedAt } }`,
      );
      const stored = await server.dataSource.query(
        `SELECT t::text AS row FROM mcp."token" t`,
      );

      expect(token).toMatch(/^tmcp_/);
      expect(record).toMatchObject({
        status: 'ACTIVE',
        scopes: ['READ', 'WRITE'],
      });
      expect(JSON.stringify(listed)).not.toContain(token);
      expect(JSON.stringify(stored)).not.toContain(token.slice(5));

      const client = await connect(token);
      const names = (await client.listTools()).tools.map((tool) => tool.name);

      expect(names).toContain('create_records');
      expect(names).not.toContain('delete_records');
      expect(names).not.toContain('destroy_records');

      const found = await client.callTool({
        name: 'find_records',
        arguments: { object: 'company', limit: 1 },
      });

      expect(found.isError).toBeFalsy();

      const after = await gql<{
        mcpTokens: { id: string; lastUsedAt: string | null }[];
      }>(`{ mcpTokens { id lastUsedAt } }`);

      expect(
        after.data!.mcpTokens.find(({ id }) => id === record.id)!.lastUsedAt,
      ).not.toBeNull();
    });

    it('should limit a token to its allow-listed objects, in lists and in calls', async () => {
      const person = (await objects()).find(
        ({ nameSingular }) => nameSingular === 'person',
      )!;
      const { token } = await issue({
        name: 'People only',
        roleId: await roleId('Admin'),
        scopes: ['READ'],
        objectIds: [person.objectId],
      });
      const client = await connect(token);

      expect(await objectEnum(client)).toEqual(['person']);

      const company = await client.callTool({
        name: 'find_records',
        arguments: { object: 'company' },
      });
      const search = await client.callTool({
        name: 'search_records',
        arguments: { query: 'a' },
      });

      const hits = (search.structuredContent as { hits: { object: string }[] })
        .hits;

      expect(company.isError).toBe(true);
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.every(({ object }) => object === 'person')).toBe(true);
    });

    it('should apply the token role: a read-only role gets no write tools whatever its scopes', async () => {
      const { token } = await issue({
        name: 'Read-only role',
        roleId: await roleId('Read-only'),
        scopes: ['READ', 'WRITE', 'DELETE', 'DESTROY'],
      });
      const names = (await (await connect(token)).listTools()).tools.map(
        (tool) => tool.name,
      );

      expect(names).not.toContain('create_records');
      expect(names).toContain('find_records');
    });

    it('should refuse a revoked token on its very next call', async () => {
      const { token, record } = await issue({
        name: 'To revoke',
        roleId: await roleId('Admin'),
        scopes: ['READ'],
      });
      const ping = { jsonrpc: '2.0', id: 1, method: 'tools/list' };

      expect((await postMcp(server.url, token, ping)).status).toBe(200);

      const revoked = await gql<{ revokeMcpToken: { status: string } }>(
        `mutation ($id: ID!) { revokeMcpToken(id: $id) { status } }`,
        { id: record.id },
      );

      expect(revoked.data!.revokeMcpToken.status).toBe('REVOKED');

      const refused = await postMcp(server.url, token, ping);

      expect(refused.status).toBe(401);
      expect(refused.headers.get('www-authenticate')).toContain(
        'invalid_token',
      );
    });

    it('should keep workspaces apart: another workspace cannot see or revoke these tokens', async () => {
      const { record } = await issue({
        name: 'Northwind only',
        roleId: await roleId('Admin'),
        scopes: ['READ'],
      });
      const hank = await signInAs(server.url, 'hank@globex.test');
      const listed = await gql<{ mcpTokens: { id: string }[] }>(
        `{ mcpTokens { id } }`,
        {},
        hank,
      );
      const revoke = await gql(
        `mutation ($id: ID!) { revokeMcpToken(id: $id) { status } }`,
        { id: record.id },
        hank,
      );

      expect(listed.data!.mcpTokens.map(({ id }) => id)).not.toContain(
        record.id,
      );
      expect(revoke.errors![0].extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('exposure', () => {
    it('should list every non-system object with its exposure, custom demo objects opted in', async () => {
      const rows = await objects();
      const names = rows.map(({ nameSingular }) => nameSingular);

      expect(names).toEqual(
        expect.arrayContaining(['person', 'company', 'supportTicket']),
      );
      expect(names).not.toContain('favorite');
      expect(
        rows
          .filter(({ isCustom }) => isCustom)
          .every((row) => row.isCustomized),
      ).toBe(true);
    });

    it('should drop a hidden object from the next tools/list, notify open streams, and refuse it in calls', async () => {
      const tokens = await demoTokens(server.database.databaseUrl);
      let changes = 0;
      const legacy = await connect(tokens['MCP - admin'], 'legacy', () => {
        changes += 1;
      });
      const opportunity = (await objects()).find(
        ({ nameSingular }) => nameSingular === 'opportunity',
      )!;

      expect(await objectEnum(legacy)).toContain('opportunity');
      // Let the legacy client open its notification stream.
      await new Promise((resolve) => setTimeout(resolve, 300));

      const hidden = await gql(UPDATE_EXPOSURE, {
        input: {
          objectId: opportunity.objectId,
          canRead: false,
          canCreate: false,
          canUpdate: false,
          canDelete: false,
          hiddenFieldIds: [],
        },
      });

      expect(hidden.errors).toBeUndefined();
      await waitFor(() => changes > 0);
      expect(await objectEnum(legacy)).not.toContain('opportunity');

      const call = await legacy.callTool({
        name: 'find_records',
        arguments: { object: 'opportunity' },
      });

      expect(call.isError).toBe(true);

      const reset = await gql<{
        resetObjectExposure: { canRead: boolean; isCustomized: boolean };
      }>(
        `mutation ($id: ID!) { resetObjectExposure(objectId: $id) { canRead isCustomized } }`,
        { id: opportunity.objectId },
      );

      expect(reset.data!.resetObjectExposure).toEqual({
        canRead: true,
        isCustomized: false,
      });
      expect(await objectEnum(legacy)).toContain('opportunity');
    });

    it('should hide a field from schemas, results and filters as if it did not exist', async () => {
      const tokens = await demoTokens(server.database.databaseUrl);
      const client = await connect(tokens['MCP - admin']);
      const person = (await objects()).find(
        ({ nameSingular }) => nameSingular === 'person',
      )!;
      const phones = person.fields.find(({ name }) => name === 'phones')!;

      await gql(UPDATE_EXPOSURE, {
        input: {
          objectId: person.objectId,
          canRead: true,
          canCreate: true,
          canUpdate: true,
          canDelete: true,
          hiddenFieldIds: [phones.fieldId],
        },
      });

      const found = await client.callTool({
        name: 'find_records',
        arguments: { object: 'person', limit: 3 },
      });
      const filtered = await client.callTool({
        name: 'find_records',
        arguments: {
          object: 'person',
          filter: { phones: { primaryPhoneNumber: { is: 'NOT_NULL' } } },
        },
      });
      const nonexistent = await client.callTool({
        name: 'find_records',
        arguments: {
          object: 'person',
          filter: { noSuchField: { primaryPhoneNumber: { is: 'NOT_NULL' } } },
        },
      });

      expect(JSON.stringify(found.structuredContent)).not.toContain('phones');
      expect(filtered.isError).toBe(true);
      expect(JSON.stringify(filtered.content)).not.toContain('hidden');
      expect(
        JSON.stringify(filtered.content).replace(/phones/g, 'noSuchField'),
      ).toBe(JSON.stringify(nonexistent.content));
    });

    it('should refuse inconsistent exposure and foreign ids', async () => {
      const person = (await objects()).find(
        ({ nameSingular }) => nameSingular === 'person',
      )!;
      const company = (await objects()).find(
        ({ nameSingular }) => nameSingular === 'company',
      )!;
      const writeWithoutRead = await gql(UPDATE_EXPOSURE, {
        input: {
          objectId: person.objectId,
          canRead: false,
          canCreate: true,
          canUpdate: false,
          canDelete: false,
          hiddenFieldIds: [],
        },
      });
      const foreignField = await gql(UPDATE_EXPOSURE, {
        input: {
          objectId: person.objectId,
          canRead: true,
          canCreate: true,
          canUpdate: true,
          canDelete: true,
          hiddenFieldIds: [company.fields[0].fieldId],
        },
      });

      expect(writeWithoutRead.errors![0].extensions?.code).toBe(
        'BAD_USER_INPUT',
      );
      expect(foreignField.errors![0].message).toContain('hiddenFieldIds');
    });

    it('should preview what a role and scopes would see', async () => {
      const reply = await gql<{
        mcpToolPreview: {
          tools: { name: string }[];
          tokenCount: number;
          toolsListJson: string;
        };
      }>(
        `query ($input: McpToolPreviewInput!) { mcpToolPreview(input: $input) { tools { name } tokenCount toolsListJson } }`,
        {
          input: {
            roleId: await roleId('Support Agent'),
            scopes: ['READ'],
          },
        },
      );
      const preview = reply.data!.mcpToolPreview;

      expect(preview.tools.map(({ name }) => name)).toEqual([
        'list_objects',
        'describe_object',
        'search_records',
        'find_records',
        'get_records',
        'aggregate_records',
      ]);
      expect(preview.tokenCount).toBeGreaterThan(500);
      expect(preview.toolsListJson).not.toContain('"opportunity"');
    });
  });

  describe('switches', () => {
    it('should refuse every MCP call of a disabled workspace with a clear error, and serve again when re-enabled', async () => {
      const tokens = await demoTokens(server.database.databaseUrl);
      const ping = { jsonrpc: '2.0', id: 1, method: 'tools/list' };
      const toggle = (isEnabled: boolean) =>
        gql(
          `mutation ($on: Boolean!) { updateMcpSettings(input: { isEnabled: $on }) { isEnabled } }`,
          { on: isEnabled },
        );

      await toggle(false);

      const refused = await postMcp(server.url, tokens['MCP - admin'], ping);
      const body = (await refused.json()) as { error: { message: string } };
      const otherWorkspace = await postMcp(
        server.url,
        tokens['Globex - admin'],
        ping,
      );

      expect(refused.status).toBe(403);
      expect(body.error.message).toContain('turned off');
      expect(body.error.message).toContain('/settings/mcp');
      expect(otherWorkspace.status).toBe(200);

      await toggle(true);
      expect(
        (await postMcp(server.url, tokens['MCP - admin'], ping)).status,
      ).toBe(200);
    });
  });
});

describe('instance switch off', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ enabled: false });
  }, 60_000);

  afterAll(() => server?.stopAll());

  it('should not mount the MCP endpoint or its metadata, but keep the settings API', async () => {
    const tokens = await demoTokens(server.database.databaseUrl);
    const mcp = await postMcp(server.url, tokens['MCP - admin'], {
      jsonrpc: '2.0',
      id: 1,
      method: 'tools/list',
    });
    const metadata = await fetch(
      new URL('/.well-known/oauth-protected-resource/mcp', server.url),
    );
    const admin = await signInAs(server.url, 'alex.rivera@northwind.test');
    const settings = await settingsGraphql<{
      mcpSettings: { instanceEnabled: boolean };
    }>(server.url, `{ mcpSettings { instanceEnabled } }`, {}, admin);

    expect(mcp.status).toBe(404);
    expect(metadata.status).toBe(404);
    expect(settings.data!.mcpSettings.instanceEnabled).toBe(false);
  });
});

describe('failed authentication limit', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({
      authFailureLimit: { attempts: 5, windowSeconds: 60 },
    });
  }, 60_000);

  afterAll(() => server?.stopAll());

  it('should answer 429 with Retry-After once an address used up its attempts, even for a valid token', async () => {
    const tokens = await demoTokens(server.database.databaseUrl);
    const ping = { jsonrpc: '2.0', id: 1, method: 'tools/list' };
    const statuses: number[] = [];

    for (let attempt = 0; attempt < 6; attempt += 1) {
      statuses.push(
        (await postMcp(server.url, `tmcp_${'x'.repeat(43)}`, ping)).status,
      );
    }

    const blocked = await postMcp(server.url, tokens['MCP - admin'], ping);

    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('failed authentication limit shared through Redis', () => {
  let redis: TestRedisServer;
  let servers: TestServer[] = [];

  beforeAll(async () => {
    redis = await startRedisServer();
    servers = await Promise.all(
      [1, 2].map(() =>
        startTestServer({
          authFailureLimit: { attempts: 4, windowSeconds: 60 },
          redisUrl: redis.url,
        }),
      ),
    );
  }, 90_000);

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stopAll()));
    await redis?.stop();
  });

  it('should refuse an address at one instance after it failed at the other', async () => {
    const [first, second] = servers;
    const ping = { jsonrpc: '2.0', id: 1, method: 'tools/list' };
    const bad = `tmcp_${'y'.repeat(43)}`;
    const statuses: number[] = [];

    for (let attempt = 0; attempt < 2; attempt += 1) {
      statuses.push((await postMcp(first.url, bad, ping)).status);
      statuses.push((await postMcp(second.url, bad, ping)).status);
    }

    const tokens = await demoTokens(second.database.databaseUrl);

    expect(statuses).toEqual([401, 401, 401, 401]);
    expect((await postMcp(first.url, tokens['MCP - admin'], ping)).status).toBe(
      429,
    );
    expect(
      (await postMcp(second.url, tokens['MCP - admin'], ping)).status,
    ).toBe(429);
  });
});
