import { DEMO_WORKSPACE } from '@twenty-mcp/twenty-db';
import { useTestDatabase } from '@twenty-mcp/twenty-db/testing';
import { type DataSource } from 'typeorm';

import { PostgresMetadataAdapter } from '../../../src/backends/postgres/services/postgres-metadata.adapter';
import { buildDemoWorkspaceSchema } from '../../fixtures/demo-workspace-schema.fixture';
import { buildTestConfig } from '../../utils/build-test-config.util';
import { createTestDataSource } from '../../utils/create-test-data-source';

describe(PostgresMetadataAdapter.name, () => {
  const db = useTestDatabase();
  let dataSource: DataSource;
  let sut: PostgresMetadataAdapter;

  beforeAll(async () => {
    dataSource = await createTestDataSource(db.database.url);
    sut = new PostgresMetadataAdapter(buildTestConfig({ dataSource }));
  });

  afterAll(() => dataSource.destroy());

  it('should list the live workspaces, oldest first', async () => {
    const { rows } = await db.client.query<{ id: string }>(
      `SELECT "id" FROM core."workspace" WHERE "deletedAt" IS NULL ORDER BY "createdAt", "id"`,
    );

    expect(rows.map(({ id }) => id)).toContain(DEMO_WORKSPACE.id);
    expect(await sut.listWorkspaceIds()).toEqual(rows.map(({ id }) => id));
  });

  it('should read the same model the seed wrote', async () => {
    const schema = await sut.getWorkspaceSchema(DEMO_WORKSPACE.id);
    const expected = buildDemoWorkspaceSchema();
    const byName = <T extends { nameSingular: string }>(objects: T[]) =>
      [...objects].sort((a, b) => a.nameSingular.localeCompare(b.nameSingular));

    expect(schema.schemaName).toMatch(/^workspace_/);
    expect(schema.workspaceName).toBe('Northwind Traders');
    expect(byName(schema.objects)).toEqual(byName(expected.objects));
  });

  it('should change the cache key when fields, objects or permissions change', async () => {
    const before = await sut.getCacheKey(DEMO_WORKSPACE.id);

    expect(await sut.getCacheKey(DEMO_WORKSPACE.id)).toBe(before);

    await db.client.query(
      `UPDATE core."fieldMetadata" SET "label" = 'Job', "updatedAt" = now() + interval '1 second'
        WHERE "workspaceId" = $1 AND "name" = 'jobTitle'`,
      [DEMO_WORKSPACE.id],
    );

    const afterField = await sut.getCacheKey(DEMO_WORKSPACE.id);

    expect(afterField).not.toBe(before);

    await db.client.query(
      `DELETE FROM core."fieldPermission" WHERE "workspaceId" = $1 AND "id" IN (
         SELECT "id" FROM core."fieldPermission" WHERE "workspaceId" = $1 LIMIT 1)`,
      [DEMO_WORKSPACE.id],
    );

    expect(await sut.getCacheKey(DEMO_WORKSPACE.id)).not.toBe(afterField);
  });

  it('should read a role with its object overrides and field restrictions', async () => {
    const [{ id }] = (
      await db.client.query(
        `SELECT "id" FROM core."role" WHERE "label" = 'Support Agent' AND "workspaceId" = $1`,
        [DEMO_WORKSPACE.id],
      )
    ).rows;
    const role = await sut.getRolePermissions(DEMO_WORKSPACE.id, id);

    expect(role).toMatchObject({
      label: 'Support Agent',
      canReadAllObjectRecords: true,
      canDestroyAllObjectRecords: false,
    });
    expect(Object.values(role.objectOverrides)).toEqual([
      {
        canReadObjectRecords: false,
        canUpdateObjectRecords: false,
        canSoftDeleteObjectRecords: false,
        canDestroyObjectRecords: false,
      },
    ]);
  });

  it('should read what a role allows beyond records: settings, tools, flags', async () => {
    const { rows } = await db.client.query<{ id: string; label: string }>(
      `SELECT "id", "label" FROM core."role" WHERE "workspaceId" = $1`,
      [DEMO_WORKSPACE.id],
    );
    const roleId = (label: string) =>
      rows.find((row) => row.label === label)!.id;

    expect(
      await sut.getRoleSettingsPermissions(
        DEMO_WORKSPACE.id,
        roleId('Developer'),
      ),
    ).toEqual({
      canUpdateAllSettings: false,
      canAccessAllTools: false,
      permissionFlags: ['API_KEYS_AND_WEBHOOKS'],
    });
    expect(
      await sut.getRoleSettingsPermissions(DEMO_WORKSPACE.id, roleId('Admin')),
    ).toEqual({
      canUpdateAllSettings: true,
      canAccessAllTools: true,
      permissionFlags: [],
    });
    await expect(
      sut.getRoleSettingsPermissions(
        DEMO_WORKSPACE.id,
        '00000000-0000-4000-8000-000000000000',
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
