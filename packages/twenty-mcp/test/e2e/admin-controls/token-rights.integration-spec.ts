import { signInAs } from '../utils/settings-graphql';
import { callTool } from '../utils/tool-calls';
import { ISSUE, useSettingsApi } from './utils/use-settings-api';

type Role = { label: string; grantableScopes: string[] };

// A token's rights never exceed its issuer's: Priya (Developer: reads and
// updates everything, deletes nothing, holds only the API keys flag) cannot
// mint a token that deletes, nor one with a stronger role.
describe('admin controls: a token never exceeds its issuer', () => {
  const api = useSettingsApi();
  const { gql, connect, roleId, issue } = api;

  const roles = async (token?: string) =>
    (
      await gql<{ mcpRoles: Role[] }>(
        `{ mcpRoles { label grantableScopes } }`,
        {},
        token,
      )
    ).data!.mcpRoles;
  const tokenCount = async () =>
    (await gql<{ mcpTokens: unknown[] }>(`{ mcpTokens { id } }`)).data!
      .mcpTokens.length;

  it('should refuse an Admin token with DESTROY from a Developer, naming what exceeds, and store nothing', async () => {
    const before = await tokenCount();
    const reply = await gql(ISSUE, {
      input: {
        name: 'Escalation',
        roleId: await roleId('Admin'),
        scopes: ['READ', 'WRITE', 'DELETE', 'DESTROY'],
      },
    });

    expect(reply.data).toBeNull();
    expect(reply.errors![0].extensions?.code).toBe('FORBIDDEN');
    expect(reply.errors![0].message).toContain('your role (Developer)');
    expect(reply.errors![0].message).toContain('all settings');
    expect(reply.errors![0].message).toMatch(/Companies: delete, destroy/);
    expect(await tokenCount()).toBe(before);
  });

  it('should refuse a stronger role even for reading, because of its settings rights', async () => {
    const reply = await gql(ISSUE, {
      input: {
        name: 'Admin reader',
        roleId: await roleId('Admin'),
        scopes: ['READ'],
      },
    });

    expect(reply.errors![0].extensions?.code).toBe('FORBIDDEN');
    expect(reply.errors![0].message).toContain(
      'beyond records: all settings, all tools',
    );
  });

  it('should compare rights, not role names: Support Agent may read and write but not delete', async () => {
    const supportAgent = await roleId('Support Agent');
    const deleting = await gql(ISSUE, {
      input: {
        name: 'Support deleting',
        roleId: supportAgent,
        scopes: ['READ', 'DELETE'],
      },
    });

    expect(deleting.errors![0].extensions?.code).toBe('FORBIDDEN');
    expect(deleting.errors![0].message).toMatch(/People: delete/);
    expect(deleting.errors![0].message).not.toContain('destroy');

    const { record } = await issue({
      name: 'Support writing',
      roleId: supportAgent,
      scopes: ['READ', 'WRITE'],
    });

    expect(record.status).toBe('ACTIVE');
  });

  it('should let an object allow-list bring a grant within the issuer’s rights', async () => {
    const objects = await api.objects();
    const company = objects.find(
      ({ nameSingular }) => nameSingular === 'company',
    )!;
    const { record } = await issue({
      name: 'Companies, with its own role',
      roleId: await roleId('Developer'),
      scopes: ['READ', 'WRITE'],
      objectIds: [company.objectId],
    });

    expect(record.status).toBe('ACTIVE');
  });

  it('should list per role the scopes the caller may grant', async () => {
    const byLabel = (list: Role[]) =>
      Object.fromEntries(
        list.map(({ label, grantableScopes }) => [label, grantableScopes]),
      );
    const alex = await signInAs(api.server.url, 'alex.rivera@northwind.test');

    expect(byLabel(await roles())).toEqual({
      Admin: [],
      Contractor: ['READ', 'WRITE'],
      Developer: ['READ', 'WRITE'],
      'Read-only': ['READ'],
      'Support Agent': ['READ', 'WRITE'],
    });
    expect(byLabel(await roles(alex))).toMatchObject({
      Admin: ['READ', 'WRITE', 'DELETE', 'DESTROY', 'ERASE'],
      'Support Agent': ['READ', 'WRITE', 'DELETE'],
      'Read-only': ['READ'],
    });
  });

  it('should leave what the Developer can issue unable to delete or destroy over MCP', async () => {
    // Scopes the role cannot use are accepted (they exceed nothing) and
    // give nothing.
    const { token } = await issue({
      name: 'Developer, every scope',
      roleId: await roleId('Developer'),
      scopes: ['READ', 'WRITE', 'DELETE', 'DESTROY'],
    });
    const client = await connect(token);
    const names = (await client.listTools()).tools.map((tool) => tool.name);
    const [company] = (
      await callTool(client, 'find_records', { object: 'company', limit: 1 })
    ).records;
    const destroy = client.callTool({
      name: 'destroy_records',
      arguments: { object: 'company', ids: [company.id] },
    });

    expect(names).toContain('update_records');
    expect(names).not.toContain('delete_records');
    expect(names).not.toContain('destroy_records');
    await expect(destroy).rejects.toThrow(/Unknown tool "destroy_records"/);
    expect(
      (
        await callTool(client, 'get_records', {
          object: 'company',
          ids: [company.id],
        })
      ).records,
    ).toHaveLength(1);
  });
});
