import { DEMO_WORKSPACE } from '@twenty-mcp/twenty-db';

import { auditRows, waitForAuditRows } from '../audit/utils/audit-rows';
import { signInAs } from '../utils/settings-graphql';
import { ISSUE, useSettingsApi } from './utils/use-settings-api';

type Choice = {
  key: string;
  objectName: string;
  objectLabel: string;
  fieldName: string;
  fieldLabel: string;
  fieldType: string;
  isDefault: boolean;
};

const ERASURE = `erasureContactFields erasureContactFieldChoices { key objectName objectLabel fieldName fieldLabel fieldType isDefault }`;
const UPDATE = `mutation ($input: UpdateMcpSettingsInput!) {
  updateMcpSettings(input: $input) { erasureContactFields auditRetentionDays }
}`;

// The admin side of erasing a person (docs/guardrails.md, "Erasure"): which
// fields of other records hold contact details to clear, and the ERASE
// scope on tokens.
describe('admin controls: erasure settings and the ERASE scope', () => {
  const api = useSettingsApi();
  const { gql, roleId } = api;

  const stored = async () =>
    (
      await api.e2e.pg.query<{ erasureContactFields: string[] | null }>(
        `SELECT "erasureContactFields" FROM mcp."workspaceSettings" WHERE "workspaceId" = $1`,
        [DEMO_WORKSPACE.id],
      )
    ).rows[0].erasureContactFields;
  const update = (erasureContactFields: unknown, extra = {}) =>
    gql<{
      updateMcpSettings: {
        erasureContactFields: string[] | null;
        auditRetentionDays: number;
      };
    }>(UPDATE, { input: { erasureContactFields, ...extra } });

  it('should start from the default and offer the Emails, Phones and Text fields of other objects', async () => {
    const reply = await gql<{
      mcpSettings: {
        erasureContactFields: string[] | null;
        erasureContactFieldChoices: Choice[];
      };
    }>(`{ mcpSettings { ${ERASURE} } }`);
    const { erasureContactFields, erasureContactFieldChoices: choices } =
      reply.data!.mcpSettings;

    expect(erasureContactFields).toBeNull();
    expect(choices.filter(({ isDefault }) => isDefault)).toEqual([
      {
        key: 'subscription.billingEmails',
        objectName: 'subscription',
        objectLabel: 'Subscription',
        fieldName: 'billingEmails',
        fieldLabel: 'Billing emails',
        fieldType: 'EMAILS',
        isDefault: true,
      },
      {
        key: 'subscription.billingPhones',
        objectName: 'subscription',
        objectLabel: 'Subscription',
        fieldName: 'billingPhones',
        fieldLabel: 'Billing phones',
        fieldType: 'PHONES',
        isDefault: true,
      },
    ]);
    expect(choices).toContainEqual(
      expect.objectContaining({
        key: 'company.name',
        fieldType: 'TEXT',
        isDefault: false,
      }),
    );
    expect(choices.some(({ objectName }) => objectName === 'person')).toBe(
      false,
    );
  });

  it('should store a list without repeats, keep it when left out, and audit the change', async () => {
    const before = (await auditRows(api.e2e.pg, DEMO_WORKSPACE.id)).length;
    const reply = await update([
      'subscription.billingEmails',
      'company.name',
      'subscription.billingEmails',
    ]);

    expect(reply.errors).toBeUndefined();
    expect(reply.data!.updateMcpSettings.erasureContactFields).toEqual([
      'subscription.billingEmails',
      'company.name',
    ]);
    expect(await stored()).toEqual([
      'subscription.billingEmails',
      'company.name',
    ]);

    const kept = await update(undefined, { auditRetentionDays: 90 });

    expect(kept.data!.updateMcpSettings).toEqual({
      erasureContactFields: ['subscription.billingEmails', 'company.name'],
      auditRetentionDays: 90,
    });

    // Settings changes are written to the trail after the reply.
    const rows = await waitForAuditRows(
      api.e2e.pg,
      DEMO_WORKSPACE.id,
      before + 2,
    );

    expect(rows.slice(before)[0]).toMatchObject({
      kind: 'settingsChange',
      action: 'updateMcpSettings',
      outcome: 'ok',
      arguments: {
        input: {
          erasureContactFields: [
            'subscription.billingEmails',
            'company.name',
            'subscription.billingEmails',
          ],
        },
      },
    });
  });

  it('should clear nothing elsewhere with an empty list, and go back to the default with null', async () => {
    const empty = await update([]);

    expect(empty.data!.updateMcpSettings.erasureContactFields).toEqual([]);
    expect(await stored()).toEqual([]);

    const reset = await update(null);

    expect(reset.data!.updateMcpSettings.erasureContactFields).toBeNull();
    expect(await stored()).toBeNull();
  });

  it.each([
    ['an unknown field', 'company.nickname'],
    ['a field of person', 'person.emails'],
    ['a field of another type', 'company.employees'],
    ['an entry without its object', 'billingEmails'],
  ])(
    'should refuse %s with BAD_USER_INPUT naming it, and change nothing',
    async (_case, entry) => {
      await update(['subscription.billingPhones']);

      const reply = await update(['subscription.billingEmails', entry]);

      expect(reply.data).toBeNull();
      expect(reply.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(reply.errors![0].message).toBe(
        `erasureContactFields: "${entry}" is not accepted. Name Emails, Phones or Text fields of objects other than person, as "objectName.fieldName" (mcpSettings.erasureContactFieldChoices lists them).`,
      );
      expect(await stored()).toEqual(['subscription.billingPhones']);
    },
  );

  it('should refuse an overlong entry before looking at the workspace', async () => {
    const reply = await update([`company.${'x'.repeat(200)}`]);

    expect(reply.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(reply.errors![0].message).toContain(
      'erasureContactFields: each entry is at most 200 characters',
    );
  });

  it('should offer ERASE only for roles that may destroy people, and only to issuers who may', async () => {
    const alex = await signInAs(api.server.url, 'alex.rivera@northwind.test');
    const grantable = async (token?: string) =>
      Object.fromEntries(
        (
          await gql<{
            mcpRoles: { label: string; grantableScopes: string[] }[];
          }>(`{ mcpRoles { label grantableScopes } }`, {}, token)
        ).data!.mcpRoles.map(({ label, grantableScopes }) => [
          label,
          grantableScopes,
        ]),
      );
    const byAlex = await grantable(alex);

    expect(byAlex.Admin).toEqual([
      'READ',
      'WRITE',
      'DELETE',
      'DESTROY',
      'ERASE',
    ]);
    // Deletes people but does not destroy them: erasing adds nothing.
    expect(byAlex['Support Agent']).toEqual(['READ', 'WRITE', 'DELETE']);
    // Priya (Developer) destroys nothing, so she may grant no erasure.
    expect(
      Object.values(await grantable()).some((scopes) =>
        scopes.includes('ERASE'),
      ),
    ).toBe(false);
  });

  it('should issue a token with ERASE for an Admin, storing the erase scope', async () => {
    const alex = await signInAs(api.server.url, 'alex.rivera@northwind.test');
    const reply = await gql<{
      issueMcpToken: { record: { id: string; scopes: string[] } };
    }>(
      ISSUE,
      {
        input: {
          name: 'Erasing people',
          roleId: await roleId('Admin'),
          scopes: ['ERASE', 'DESTROY', 'READ'],
        },
      },
      alex,
    );

    expect(reply.errors).toBeUndefined();
    expect(reply.data!.issueMcpToken.record.scopes).toEqual([
      'READ',
      'DESTROY',
      'ERASE',
    ]);

    const { rows } = await api.e2e.pg.query<{ scopes: string[] }>(
      `SELECT "scopes" FROM mcp."token" WHERE "id" = $1`,
      [reply.data!.issueMcpToken.record.id],
    );

    expect(rows[0].scopes).toEqual(['read', 'destroy', 'erase']);
  });
});
