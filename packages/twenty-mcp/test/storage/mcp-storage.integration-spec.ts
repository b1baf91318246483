import { DEMO_WORKSPACE } from '@twenty-mcp/twenty-db';
import { useTestDatabase } from '@twenty-mcp/twenty-db/testing';
import { createHash } from 'node:crypto';
import { type DataSource } from 'typeorm';

import { TwentyMcpException } from '../../src/domain/exceptions/twenty-mcp.exception';
import { MCP_MIGRATIONS } from '../../src/storage/constants/mcp-migrations.const';
import { McpStorage } from '../../src/storage/services/mcp-storage.service';
import { McpTokenService } from '../../src/storage/services/mcp-token.service';
import { McpWorkspaceSettingsService } from '../../src/storage/services/mcp-workspace-settings.service';
import { buildTestConfig } from '../utils/build-test-config.util';
import { createTestDataSource } from '../utils/create-test-data-source';

const ROLE_ID = '00000000-0000-4000-8000-000000000001';
const OBJECT_ID = '00000000-0000-4000-8000-0000000000a1';
const FIELD_ID = '00000000-0000-4000-8000-0000000000f1';

const expectRefused = async (promise: Promise<unknown>, reason: string) => {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );

  expect(error).toBeInstanceOf(TwentyMcpException);
  expect((error as TwentyMcpException).details?.reason).toBe(reason);
};

describe(`${McpStorage.name} on a real database`, () => {
  const db = useTestDatabase();
  let dataSource: DataSource;
  let storage: McpStorage;
  let tokens: McpTokenService;
  let settings: McpWorkspaceSettingsService;

  beforeAll(async () => {
    dataSource = await createTestDataSource(db.database.url);
    // Two instances starting at once: the advisory lock applies each
    // migration exactly once.
    const [first, second] = await Promise.all([
      McpStorage.open(dataSource),
      McpStorage.open(dataSource),
    ]);

    await second.onApplicationShutdown();
    storage = first;
    tokens = new McpTokenService(storage);
    settings = new McpWorkspaceSettingsService(
      storage,
      buildTestConfig({ dataSource, workspacesEnabledByDefault: false }),
    );
  });

  afterAll(async () => {
    await storage.onApplicationShutdown();
    await dataSource.destroy();
  });

  it('should create its tables in schema mcp, leave core alone, and record each migration once', async () => {
    const { rows: tables } = await db.client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables
        WHERE table_schema = 'mcp' ORDER BY table_name`,
    );
    const { rows: migrations } = await db.client.query<{ name: string }>(
      `SELECT name FROM mcp."_migrations"`,
    );

    expect(tables.map(({ table_name }) => table_name)).toEqual([
      '_migrations',
      'auditCheckpoint',
      'auditEvent',
      'confirmation',
      'idempotencyKey',
      'objectExposure',
      'queryUsage',
      'token',
      'workspaceSettings',
    ]);
    expect(migrations.map(({ name }) => name)).toEqual([
      'CreateMcpSchema1764000000000',
      'CreateMcpConfirmation1765000000000',
      'CreateAuditLog1765100000000',
      'AddCallLimits1765200000000',
      'CreateMcpIdempotencyKey1765300000000',
      'AddErasure1765400000000',
      'CreateQueryUsage1765500000000',
    ]);
  });

  it('should have entities that match the migrations exactly', async () => {
    const pending = await storage.dataSource.driver.createSchemaBuilder().log();

    expect(pending.upQueries.map(({ query }) => query)).toEqual([]);
  });

  it('should reopen an already migrated database without changes', async () => {
    const again = await McpStorage.open(dataSource);

    await again.onApplicationShutdown();

    const { rows } = await db.client.query(`SELECT * FROM mcp."_migrations"`);

    expect(rows).toHaveLength(MCP_MIGRATIONS.length);
  });

  describe('tokens', () => {
    const issue = (overrides: { expiresAt?: Date | null } = {}) =>
      tokens.issue({
        workspaceId: DEMO_WORKSPACE.id,
        name: 'Claude Desktop',
        roleId: ROLE_ID,
        scopes: ['write', 'read', 'read'],
        objectMetadataIds: [OBJECT_ID, OBJECT_ID],
        expiresAt: overrides.expiresAt ?? null,
        createdByUserWorkspaceId: null,
      });

    it('should issue a recognisable high-entropy token and store only its SHA-256', async () => {
      const { token, record } = await issue();
      const { rows } = await db.client.query(
        `SELECT * FROM mcp."token" WHERE "id" = $1`,
        [record.id],
      );

      expect(token).toMatch(/^tmcp_[A-Za-z0-9_-]{43}$/);
      expect(rows[0].tokenHash).toBe(
        createHash('sha256').update(token).digest('hex'),
      );
      expect(rows[0].displayPrefix).toBe(token.slice(0, 12));
      expect(rows[0].scopes).toEqual(['read', 'write']);
      expect(rows[0].objectMetadataIds).toEqual([OBJECT_ID]);

      const dump = await db.client.query(
        `SELECT string_agg(t::text, '|') AS all FROM mcp."token" t`,
      );

      expect(dump.rows[0].all).not.toContain(token.slice(5));
    });

    it('should authenticate a live token and stamp lastUsedAt', async () => {
      const { token, record } = await issue();

      const found = await tokens.authenticate(token);
      const { rows } = await db.client.query(
        `SELECT "lastUsedAt" FROM mcp."token" WHERE "id" = $1`,
        [record.id],
      );

      expect(found.id).toBe(record.id);
      expect(rows[0].lastUsedAt).toBeInstanceOf(Date);
    });

    it('should refuse a revoked token from the next call on, and keep the first revocation time', async () => {
      const { token, record } = await issue();

      await tokens.authenticate(token);
      const revoked = await tokens.revoke(DEMO_WORKSPACE.id, record.id);
      const again = await tokens.revoke(DEMO_WORKSPACE.id, record.id);

      expect(again!.revokedAt).toEqual(revoked!.revokedAt);
      await expectRefused(tokens.authenticate(token), 'MCP token revoked');
    });

    it('should not revoke a token of another workspace', async () => {
      const { token, record } = await issue();

      expect(
        await tokens.revoke('00000000-0000-4000-8000-00000000ffff', record.id),
      ).toBeNull();
      await expect(tokens.authenticate(token)).resolves.toBeDefined();
    });

    it('should refuse expired, unknown and malformed tokens', async () => {
      const { token } = await issue({ expiresAt: new Date(Date.now() - 1) });

      await expectRefused(tokens.authenticate(token), 'MCP token expired');
      await expectRefused(
        tokens.authenticate(`tmcp_${'A'.repeat(43)}`),
        'MCP token not found',
      );
      await expectRefused(
        tokens.authenticate('tmcp_short'),
        'malformed MCP token',
      );
    });
  });

  describe('workspace settings', () => {
    const WORKSPACE = '00000000-0000-4000-8000-00000000cafe';

    it('should default to off with version 0, and bump the version on each change', async () => {
      expect(await settings.getState(WORKSPACE)).toEqual({
        isEnabled: false,
        version: 0,
      });

      await settings.update(WORKSPACE, { isEnabled: true });
      expect(await settings.getState(WORKSPACE)).toEqual({
        isEnabled: true,
        version: 1,
      });

      await settings.setObjectExposures(
        WORKSPACE,
        new Map([
          [
            OBJECT_ID,
            {
              canRead: true,
              canCreate: false,
              canUpdate: true,
              canDelete: false,
              hiddenFieldMetadataIds: [FIELD_ID, FIELD_ID],
            },
          ],
        ]),
      );

      const exposure = await settings.getExposure(WORKSPACE);

      expect((await settings.getState(WORKSPACE)).version).toBe(2);
      expect(exposure.objects.get(OBJECT_ID)).toEqual({
        canRead: true,
        canCreate: false,
        canUpdate: true,
        canDelete: false,
        hiddenFieldIds: new Set([FIELD_ID]),
      });

      await settings.resetObjectExposures(WORKSPACE, [OBJECT_ID]);
      expect((await settings.getExposure(WORKSPACE)).objects.size).toBe(0);
      expect((await settings.getState(WORKSPACE)).version).toBe(3);
    });

    it('should report an unconfigured workspace on when workspaces are enabled by default', async () => {
      const enabledByDefault = new McpWorkspaceSettingsService(
        storage,
        buildTestConfig({ dataSource, workspacesEnabledByDefault: true }),
      );
      const workspace = '00000000-0000-4000-8000-00000000d00d';

      expect(await enabledByDefault.getState(workspace)).toEqual({
        isEnabled: true,
        version: 0,
      });
      await settings.update(workspace, { isEnabled: false });
      expect(await enabledByDefault.getState(workspace)).toEqual({
        isEnabled: false,
        version: 1,
      });
    });

    it('should set up a workspace only once, keeping later admin choices', async () => {
      const workspace = '00000000-0000-4000-8000-00000000beef';
      const setup = {
        isEnabled: true,
        exposures: new Map([
          [
            OBJECT_ID,
            {
              canRead: true,
              canCreate: true,
              canUpdate: true,
              canDelete: true,
              hiddenFieldMetadataIds: [],
            },
          ],
        ]),
      };

      expect(await settings.initialize(workspace, setup)).toBe(true);
      await settings.update(workspace, { isEnabled: false });
      expect(await settings.initialize(workspace, setup)).toBe(false);
      expect((await settings.getState(workspace)).isEnabled).toBe(false);
    });
  });
});
