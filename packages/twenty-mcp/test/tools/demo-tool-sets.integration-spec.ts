import { DEMO_WORKSPACE } from '@twenty-mcp/twenty-db';
import { STANDARD_APPLICATION } from '@twenty-mcp/twenty-layout';
import { useTestDatabase } from '@twenty-mcp/twenty-db/testing';
import { type DataSource } from 'typeorm';

import { PostgresMetadataAdapter } from '../../src/backends/postgres/services/postgres-metadata.adapter';
import { type McpScope } from '../../src/domain/principal/types/mcp-scope.type';
import { type Principal } from '../../src/domain/principal/types/principal.type';
import { McpStorage } from '../../src/storage/services/mcp-storage.service';
import { McpWorkspaceSettingsService } from '../../src/storage/services/mcp-workspace-settings.service';
import { TOOL_HINTS } from '../../src/tools/constants/tool-annotations.const';
import { countTokens } from '../../src/tools/schema/utils/count-tokens.util';
import { WorkspaceChangesService } from '../../src/services/workspace-changes/workspace-changes.service';
import { ToolSetService } from '../../src/tools/services/tool-set.service';
import { type ToolSet } from '../../src/tools/types/tool-set.type';
import { WorkspaceContextService } from '../../src/services/workspace-context/workspace-context.service';
import { type TwentyMcpConfig } from '../../src/config/types/twenty-mcp-config.type';
import { type ToolMode } from '../../src/config/types/tool-mode.type';
import { buildTestConfig } from '../utils/build-test-config.util';
import { createTestDataSource } from '../utils/create-test-data-source';

const COMPACT_TOOL_NAMES = [
  'list_objects',
  'describe_object',
  'search_records',
  'find_records',
  'get_records',
  'aggregate_records',
  'create_records',
  'update_records',
  'delete_records',
  'restore_records',
  'destroy_records',
];

const hintsOf = (name: string) => {
  const verb = name.split('_')[0];

  if (
    ['list', 'describe', 'search', 'find', 'get', 'aggregate'].includes(verb)
  ) {
    return TOOL_HINTS.read;
  }

  return TOOL_HINTS[verb as keyof typeof TOOL_HINTS];
};

const objectEnum = (toolSet: ToolSet, toolName: string): string[] => {
  const tool = toolSet.listResult.tools.find(({ name }) => name === toolName);
  const object = (
    tool?.inputSchema.properties as
      Record<string, { enum?: string[] }> | undefined
  )?.object;

  return object?.enum ?? [];
};

describe('tool sets of the demo workspace', () => {
  const db = useTestDatabase();
  let dataSource: DataSource;
  let config: TwentyMcpConfig;
  let storage: McpStorage;
  let settings: McpWorkspaceSettingsService;
  let contexts: WorkspaceContextService;
  let toolSets: ToolSetService;
  let roleIds: Record<string, string>;
  // A fresh cache of workspace contexts and of the tool sets built on them.
  const servicesFor = () => ({
    contexts: new WorkspaceContextService(
      new PostgresMetadataAdapter(config),
      settings,
      config,
      new WorkspaceChangesService(),
    ),
    toolSets: new ToolSetService(config),
  });

  const toolSetFor = async (
    role: string,
    mode: ToolMode,
    scopes: readonly McpScope[] = ['read', 'write', 'delete', 'destroy'],
  ) => {
    const principal: Principal = {
      workspaceId: DEMO_WORKSPACE.id,
      kind: 'apiKey',
      credentialId: `test-${role}`,
      name: `test ${role}`,
      roleId: roleIds[role],
      workspaceMemberId: null,
      scopes,
      objectAllowList: null,
    };

    return toolSets.getToolSet(await contexts.resolve(principal), mode);
  };

  beforeAll(async () => {
    dataSource = await createTestDataSource(db.database.url);
    config = buildTestConfig({
      dataSource,
      workspacesEnabledByDefault: true,
      toolMode: 'compact',
    });
    storage = await McpStorage.open(dataSource);
    settings = new McpWorkspaceSettingsService(storage, config);
    // Every object, custom ones included, as an admin who opted in to all.
    await settings.update(DEMO_WORKSPACE.id, {
      exposeNewObjects: true,
    });
    ({ contexts, toolSets } = servicesFor());
    const { rows } = await db.client.query<{ label: string; id: string }>(
      `SELECT "label", "id" FROM core."role" WHERE "workspaceId" = $1`,
      [DEMO_WORKSPACE.id],
    );

    roleIds = Object.fromEntries(rows.map(({ label, id }) => [label, id]));
  });

  afterAll(async () => {
    await storage.onApplicationShutdown();
    await dataSource.destroy();
  });

  it('should offer the full compact surface to an admin, in a fixed order, each tool complete', async () => {
    const toolSet = await toolSetFor('Admin', 'compact');

    expect(toolSet.listResult.tools.map(({ name }) => name)).toEqual(
      COMPACT_TOOL_NAMES,
    );

    for (const tool of toolSet.listResult.tools) {
      expect(tool.title).toMatch(/\S/);
      expect(tool.description!.length).toBeGreaterThan(40);
      expect(tool.inputSchema.type).toBe('object');
      expect(tool.outputSchema?.type).toBe('object');
      expect(tool.annotations).toMatchObject(hintsOf(tool.name));
    }
  });

  it('should put standard objects then custom objects in the object enum, never system objects', async () => {
    const objects = objectEnum(
      await toolSetFor('Admin', 'compact'),
      'find_records',
    );
    // Custom objects belong to an application other than Twenty's standard one.
    const { rows } = await db.client.query<{ nameSingular: string }>(
      `SELECT o."nameSingular" FROM core."objectMetadata" o
         JOIN core."application" a ON a."id" = o."applicationId"
        WHERE o."workspaceId" = $1 AND o."isActive" AND NOT o."isSystem"
        ORDER BY a."universalIdentifier" <> $2, o."nameSingular"`,
      [DEMO_WORKSPACE.id, STANDARD_APPLICATION.universalIdentifier],
    );

    expect(objects).toEqual(rows.map(({ nameSingular }) => nameSingular));
    expect(objects).toEqual(
      expect.arrayContaining([
        'person',
        'company',
        'opportunity',
        'subscription',
        'supportTicket',
      ]),
    );
    expect(objects).not.toContain('favorite');
  });

  it('should build the same tools/list byte for byte for the same model', async () => {
    const first = JSON.stringify(
      (await toolSetFor('Admin', 'per-object')).listResult,
    );
    const fresh = servicesFor();
    const principal = {
      workspaceId: DEMO_WORKSPACE.id,
      kind: 'apiKey' as const,
      credentialId: 'other',
      name: 'other',
      roleId: roleIds.Admin,
      workspaceMemberId: null,
      scopes: ['read', 'write', 'delete', 'destroy'] as const,
      objectAllowList: null,
    };

    expect(
      JSON.stringify(
        fresh.toolSets.getToolSet(
          await fresh.contexts.resolve(principal),
          'per-object',
        ).listResult,
      ),
    ).toBe(first);
  });

  it('should name per-object tools after each object and operation', async () => {
    const names = (
      await toolSetFor('Admin', 'per-object')
    ).listResult.tools.map(({ name }) => name);

    expect(names).toEqual(
      expect.arrayContaining([
        'find_people',
        'get_people',
        'create_people',
        'update_people',
        'delete_people',
        'find_companies',
        'aggregate_opportunities',
        'find_support_tickets',
        'create_subscriptions',
      ]),
    );
    expect(new Set(names).size).toBe(names.length);
    expect(names.every((name) => /^[a-z][a-z0-9_]{0,63}$/.test(name))).toBe(
      true,
    );
  });

  it('should cost fewer tokens in compact mode than per object', async () => {
    const compact = countTokens(
      (await toolSetFor('Admin', 'compact')).listResult,
    );
    const perObject = countTokens(
      (await toolSetFor('Admin', 'per-object')).listResult,
    );

    process.stdout.write(
      `tools/list tokens (o200k, demo admin): compact ${compact}, per-object ${perObject}\n`,
    );
    expect(compact).toBeLessThan(perObject);
    // The compact surface stays affordable whatever the workspace's size.
    expect(compact).toBeLessThan(8_000);
  });

  it('should leave an object the role cannot read out of every enum and tool name', async () => {
    const compact = await toolSetFor('Support Agent', 'compact');
    const perObject = await toolSetFor('Support Agent', 'per-object');

    expect(JSON.stringify(compact.listResult)).not.toMatch(/"opportunit/);
    expect(objectEnum(compact, 'find_records')).toContain('person');
    expect(
      perObject.listResult.tools
        .map(({ name }) => name)
        .filter((name) => name.includes('opportunit')),
    ).toEqual([]);
  });

  it('should offer only read tools to a read-only role or a read-scoped credential', async () => {
    const readOnlyNames = [
      'list_objects',
      'describe_object',
      'search_records',
      'find_records',
      'get_records',
      'aggregate_records',
    ];

    expect(
      (await toolSetFor('Read-only', 'compact')).listResult.tools.map(
        ({ name }) => name,
      ),
    ).toEqual(readOnlyNames);
    expect(
      (await toolSetFor('Admin', 'compact', ['read'])).listResult.tools.map(
        ({ name }) => name,
      ),
    ).toEqual(readOnlyNames);
    expect(
      (await toolSetFor('Read-only', 'per-object')).listResult.tools.every(
        ({ annotations }) => annotations?.readOnlyHint,
      ),
    ).toBe(true);
  });

  it('should not offer destroy to a role that may soft-delete but not destroy', async () => {
    const names = (
      await toolSetFor('Support Agent', 'compact')
    ).listResult.tools.map(({ name }) => name);

    expect(names).toContain('delete_records');
    expect(names).not.toContain('destroy_records');
  });
});
