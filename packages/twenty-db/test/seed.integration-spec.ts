import { withClient } from '../src/database/utils/with-client.util';
import {
  DEMO_WORKSPACE,
  SECOND_WORKSPACE,
} from '../src/seed/demo/constants/demo-workspaces.const';
import { seedDemoDatabase } from '../src/seed/demo/services/seed-demo-database';
import { createTestDatabase, useTestDatabase } from '../src/testing';

describe('demo seed', () => {
  const db = useTestDatabase();

  const schemaOf = async (workspaceId: string) =>
    (
      await db.client.query<{ databaseSchema: string }>(
        `SELECT "databaseSchema" FROM core."workspace" WHERE "id" = $1`,
        [workspaceId],
      )
    ).rows[0].databaseSchema;

  const count = async (sql: string, params: unknown[] = []) =>
    Number(
      (await db.client.query<{ count: string }>(sql, params)).rows[0].count,
    );

  it('should seed the demo workspace with realistic volumes, some records in the trash', async () => {
    const schema = await schemaOf(DEMO_WORKSPACE.id);
    const live = (table: string) =>
      count(
        `SELECT count(*) FROM "${schema}"."${table}" WHERE "deletedAt" IS NULL`,
      );
    const all = (table: string) =>
      count(`SELECT count(*) FROM "${schema}"."${table}"`);

    expect(await all('company')).toBe(50);
    expect(await all('person')).toBe(300);
    expect(await all('opportunity')).toBe(120);
    expect(await all('note')).toBe(150);
    expect(await all('task')).toBe(100);
    expect(await all('_subscription')).toBe(40);
    expect(await all('_supportTicket')).toBe(80);
    expect(await all('workspaceMember')).toBe(5);
    expect(await live('person')).toBe(292);
    expect(await live('company')).toBe(49);
    expect(await live('opportunity')).toBe(117);
    expect(await all('noteTarget')).toBeGreaterThanOrEqual(150);
    expect(await all('timelineActivity')).toBeGreaterThan(470);
  });

  it('should spread opportunities over every stage and write markdown note bodies', async () => {
    const schema = await schemaOf(DEMO_WORKSPACE.id);
    const stages = await db.client.query<{ stage: string }>(
      `SELECT DISTINCT stage::text FROM "${schema}"."opportunity" ORDER BY 1`,
    );
    const [note] = (
      await db.client.query<{ markdown: string; blocknote: string }>(
        `SELECT "bodyV2Markdown" AS markdown, "bodyV2Blocknote" AS blocknote FROM "${schema}"."note" LIMIT 1`,
      )
    ).rows;

    expect(stages.rows.map((row) => row.stage)).toEqual([
      'CUSTOMER',
      'MEETING',
      'NEW',
      'PROPOSAL',
      'SCREENING',
    ]);
    expect(note.markdown).toMatch(/^## /);
    expect(JSON.parse(note.blocknote)[0]).toMatchObject({
      type: 'heading',
      props: { level: 2 },
    });
  });

  it('should point every relation at an existing record', async () => {
    const schema = await schemaOf(DEMO_WORKSPACE.id);

    expect(
      await count(
        `SELECT count(*) FROM "${schema}"."opportunity" o
          WHERE o."pointOfContactId" IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM "${schema}"."person" p WHERE p."id" = o."pointOfContactId")`,
      ),
    ).toBe(0);
    expect(
      await count(
        `SELECT count(*) FROM "${schema}"."opportunity" o
           JOIN "${schema}"."person" p ON p."id" = o."pointOfContactId"
          WHERE p."companyId" <> o."companyId"`,
      ),
    ).toBe(0);
  });

  it('should keep the second workspace apart, with its own schema and data', async () => {
    const demo = await schemaOf(DEMO_WORKSPACE.id);
    const second = await schemaOf(SECOND_WORKSPACE.id);
    const sharedIds = await count(
      `SELECT count(*) FROM "${demo}"."person" a JOIN "${second}"."person" b ON a."id" = b."id"`,
    );

    expect(second).not.toBe(demo);
    expect(await count(`SELECT count(*) FROM "${second}"."person"`)).toBe(60);
    expect(sharedIds).toBe(0);
    expect(
      await count(
        `SELECT count(*) FROM pg_tables WHERE schemaname = $1 AND tablename LIKE '\\_%'`,
        [second],
      ),
    ).toBe(0);
  });

  it('should share one user between both workspaces', async () => {
    const rows = await db.client.query<{ workspaces: string[] }>(
      `SELECT array_agg(uw."workspaceId" ORDER BY uw."workspaceId") AS workspaces
         FROM core."user" u JOIN core."userWorkspace" uw ON uw."userId" = u."id"
        WHERE u."email" = 'sam.chen@northwind.test'`,
    );

    expect(rows.rows[0].workspaces.sort()).toEqual(
      [DEMO_WORKSPACE.id, SECOND_WORKSPACE.id].sort(),
    );
  });

  it('should seed roles that restrict one object, some fields, and grant the API keys permission', async () => {
    const objectRules = await db.client.query(
      `SELECT r."label", o."nameSingular", p."canReadObjectRecords"
         FROM core."objectPermission" p
         JOIN core."role" r ON r."id" = p."roleId"
         JOIN core."objectMetadata" o ON o."id" = p."objectMetadataId"
        WHERE p."workspaceId" = $1`,
      [DEMO_WORKSPACE.id],
    );
    const fieldRules = await db.client.query(
      `SELECT r."label", o."nameSingular", f."name", p."canReadFieldValue", p."canUpdateFieldValue"
         FROM core."fieldPermission" p
         JOIN core."role" r ON r."id" = p."roleId"
         JOIN core."objectMetadata" o ON o."id" = p."objectMetadataId"
         JOIN core."fieldMetadata" f ON f."id" = p."fieldMetadataId"
        WHERE p."workspaceId" = $1 ORDER BY f."name"`,
      [DEMO_WORKSPACE.id],
    );
    const flags = await db.client.query(
      `SELECT r."label", pf."key"
         FROM core."rolePermissionFlag" rpf
         JOIN core."role" r ON r."id" = rpf."roleId"
         JOIN core."permissionFlag" pf ON pf."id" = rpf."permissionFlagId"
        WHERE rpf."workspaceId" = $1`,
      [DEMO_WORKSPACE.id],
    );

    expect(objectRules.rows).toEqual([
      {
        label: 'Support Agent',
        nameSingular: 'opportunity',
        canReadObjectRecords: false,
      },
    ]);
    expect(fieldRules.rows).toEqual([
      {
        label: 'Contractor',
        nameSingular: 'company',
        name: 'annualRecurringRevenue',
        canReadFieldValue: false,
        canUpdateFieldValue: false,
      },
      {
        label: 'Contractor',
        nameSingular: 'person',
        name: 'emails',
        canReadFieldValue: null,
        canUpdateFieldValue: false,
      },
      {
        label: 'Contractor',
        nameSingular: 'person',
        name: 'phones',
        canReadFieldValue: false,
        canUpdateFieldValue: false,
      },
    ]);
    expect(flags.rows).toEqual([
      { label: 'Developer', key: 'API_KEYS_AND_WEBHOOKS' },
    ]);
  });

  it('should make Member the default role and keep Admin from the standard application', async () => {
    const rows = await db.client.query(
      `SELECT r."label", r."isEditable", r."canBeAssignedToApiKeys",
              w."defaultRoleId" = r."id" AS "isDefault", a."universalIdentifier" AS app
         FROM core."role" r
         JOIN core."workspace" w ON w."id" = r."workspaceId"
         JOIN core."application" a ON a."id" = r."applicationId"
        WHERE r."workspaceId" = $1 AND r."label" IN ('Admin', 'Member') ORDER BY r."label"`,
      [DEMO_WORKSPACE.id],
    );

    expect(rows.rows[0]).toEqual({
      label: 'Admin',
      isEditable: false,
      canBeAssignedToApiKeys: true,
      isDefault: false,
      app: '20202020-64aa-4b6f-b003-9c74b97cee20',
    });
    expect(rows.rows[1]).toMatchObject({
      label: 'Member',
      isDefault: true,
      canBeAssignedToApiKeys: false,
    });
  });

  it('should produce identical data from the same seed and reference date', async () => {
    const checksum = (url: string) =>
      withClient(url, async (other) => {
        const schema = (
          await other.query<{ databaseSchema: string }>(
            `SELECT "databaseSchema" FROM core."workspace" WHERE "id" = $1`,
            [DEMO_WORKSPACE.id],
          )
        ).rows[0].databaseSchema;
        const tables = await other.query<{ tablename: string }>(
          `SELECT tablename FROM pg_tables WHERE schemaname = $1 ORDER BY tablename`,
          [schema],
        );
        const checksums: Record<string, string> = {};

        for (const { tablename } of tables.rows) {
          const result = await other.query<{ md5: string }>(
            `SELECT md5(string_agg(t::text, '|' ORDER BY t."id")) AS md5
               FROM "${schema}"."${tablename}" t`,
          );

          checksums[tablename] = result.rows[0].md5;
        }

        return checksums;
      });
    const [{ info }] = (
      await db.client.query<{ info: { referenceDate: string; seed: number } }>(
        `SELECT info FROM twenty_db.fixture`,
      )
    ).rows;
    const rebuilt = await createTestDatabase({ empty: true });

    try {
      await withClient(rebuilt.url, (other) =>
        seedDemoDatabase(other, {
          seed: info.seed,
          referenceDate: new Date(info.referenceDate),
        }),
      );

      expect(await checksum(rebuilt.url)).toEqual(
        await checksum(db.database.url),
      );
    } finally {
      await rebuilt.drop();
    }
  });
});
