import { DEMO_WORKSPACE, SECOND_WORKSPACE } from '@twenty-mcp/twenty-db';

import { demoTokens } from '@twenty-mcp/twenty-db/testing';

import { type TestApp } from '../../utils/start-test-app';
import { postMcp } from '../utils/post-mcp';
import { settingsGraphql, signInAs } from '../utils/settings-graphql';
import { ISSUE, useSettingsApi } from './utils/use-settings-api';

// Who may use the settings API, and the MCP tokens it issues and revokes.
describe('admin controls: settings API, MCP tokens, exposure, switches', () => {
  const api = useSettingsApi();
  const { gql, connect, objectEnum, roleId, objects, issue } = api;
  let server: TestApp;
  let admin: string;

  beforeAll(() => {
    ({ server, admin } = api);
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
      const tokens = await demoTokens(server.databaseUrl);

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
        roleId: await roleId('Developer'),
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
        roleId: await roleId('Developer'),
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
        roleId: await roleId('Developer'),
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
        roleId: await roleId('Developer'),
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
});
