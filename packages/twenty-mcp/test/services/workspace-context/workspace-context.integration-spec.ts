import { DEMO_WORKSPACE } from '@twenty-mcp/twenty-db';
import { useTestDatabase } from '@twenty-mcp/twenty-db/testing';
import { type DataSource } from 'typeorm';

import { PostgresMetadataAdapter } from '../../../src/backends/postgres/services/postgres-metadata.adapter';
import { type Principal } from '../../../src/domain/principal/types/principal.type';
import { WorkspaceChangesService } from '../../../src/services/workspace-changes/workspace-changes.service';
import { WorkspaceContextService } from '../../../src/services/workspace-context/workspace-context.service';
import { McpStorage } from '../../../src/storage/services/mcp-storage.service';
import { McpWorkspaceSettingsService } from '../../../src/storage/services/mcp-workspace-settings.service';
import { buildTestConfig } from '../../utils/build-test-config.util';
import { createTestDataSource } from '../../utils/create-test-data-source';

// How often a workspace's cache key is read (docs/operations.md,
// "Caching"): once per metadataRecheckMs, shared by concurrent requests,
// at once after a change made through this instance — on the real
// metadata adapter and settings store, with the clock held still.
describe('WorkspaceContextService: re-reading the cache key', () => {
  const db = useTestDatabase();
  let dataSource: DataSource;
  let storage: McpStorage;
  let settings: McpWorkspaceSettingsService;
  let principal: Principal;
  let now: number;

  const build = (metadataRecheckMs?: number) => {
    const config = buildTestConfig({
      dataSource,
      workspacesEnabledByDefault: true,
      ...(metadataRecheckMs === undefined ? {} : { metadataRecheckMs }),
    });
    const metadata = new PostgresMetadataAdapter(config);
    const changes = new WorkspaceChangesService();

    return {
      contexts: new WorkspaceContextService(
        metadata,
        new McpWorkspaceSettingsService(storage, config),
        config,
        changes,
      ),
      changes,
      keyReads: jest.spyOn(metadata, 'getCacheKey'),
    };
  };

  beforeAll(async () => {
    dataSource = await createTestDataSource(db.database.url);
    storage = await McpStorage.open(dataSource);
    settings = new McpWorkspaceSettingsService(
      storage,
      buildTestConfig({ dataSource, workspacesEnabledByDefault: true }),
    );

    const [{ id: roleId }] = (
      await db.client.query<{ id: string }>(
        `SELECT "id" FROM core."role" WHERE "workspaceId" = $1 AND "label" = 'Admin'`,
        [DEMO_WORKSPACE.id],
      )
    ).rows;

    principal = {
      workspaceId: DEMO_WORKSPACE.id,
      kind: 'apiKey',
      credentialId: 'context-test',
      name: 'context test',
      roleId,
      workspaceMemberId: null,
      scopes: ['read'],
      objectAllowList: null,
    };
  });

  beforeEach(() => {
    now = 1_000_000;
    jest.spyOn(Date, 'now').mockImplementation(() => now);
  });

  afterEach(() => jest.restoreAllMocks());

  afterAll(async () => {
    await storage.onApplicationShutdown();
    await dataSource.destroy();
  });

  const readable = async (contexts: WorkspaceContextService) =>
    (await contexts.resolve(principal)).permissions.objects.has('opportunity');

  it('should read the key once per second by default, however many requests come', async () => {
    const { contexts, keyReads } = build();

    for (let request = 0; request < 5; request++) {
      await contexts.resolve(principal);
    }

    now += 999;
    await contexts.resolve(principal);
    expect(keyReads).toHaveBeenCalledTimes(1);

    now += 1;
    await contexts.resolve(principal);
    expect(keyReads).toHaveBeenCalledTimes(2);
  });

  it('should share one read among concurrent requests', async () => {
    const { contexts, keyReads } = build();

    await Promise.all(
      Array.from({ length: 10 }, () => contexts.resolve(principal)),
    );

    expect(keyReads).toHaveBeenCalledTimes(1);
  });

  it('should see a change made elsewhere after the window, and one made through this instance at once', async () => {
    const { contexts, changes } = build();
    const [{ id: opportunityId }] = (
      await db.client.query<{ id: string }>(
        `SELECT "id" FROM core."objectMetadata" WHERE "workspaceId" = $1 AND "nameSingular" = 'opportunity'`,
        [DEMO_WORKSPACE.id],
      )
    ).rows;
    const hide = (canRead: boolean) =>
      settings.setObjectExposures(
        DEMO_WORKSPACE.id,
        new Map([
          [
            opportunityId,
            {
              canRead,
              canCreate: canRead,
              canUpdate: canRead,
              canDelete: canRead,
              hiddenFieldMetadataIds: [],
            },
          ],
        ]),
      );

    try {
      expect(await readable(contexts)).toBe(true);

      // Another instance hides opportunities: not seen within the window…
      await hide(false);
      now += 500;
      expect(await readable(contexts)).toBe(true);

      // …seen once it has passed.
      now += 500;
      expect(await readable(contexts)).toBe(false);

      // The settings API of this instance says so: applied at once.
      await hide(true);
      await changes.notifyChanged(DEMO_WORKSPACE.id);
      expect(await readable(contexts)).toBe(true);
    } finally {
      await hide(true);
    }
  });

  it('should read on every request with metadataRecheckMs 0', async () => {
    const { contexts, keyReads } = build(0);

    await contexts.resolve(principal);
    await contexts.resolve(principal);

    expect(keyReads).toHaveBeenCalledTimes(2);
  });
});
