import { DEMO_WORKSPACE } from '@twenty-mcp/twenty-db';

import { type McpScope } from '../../src/domain/principal/types/mcp-scope.type';
import { WorkspaceChangesService } from '../../src/services/workspace-changes/workspace-changes.service';
import { McpTokenService } from '../../src/storage/services/mcp-token.service';
import { McpWorkspaceSettingsService } from '../../src/storage/services/mcp-workspace-settings.service';
import { startTestApp, type TestApp } from '../utils/start-test-app';

type Operation = 'read' | 'create' | 'update' | 'delete' | 'destroy';

// What each seeded role may do with companies, from its definition in
// twenty-db's demo access seed — the oracle, written independently of the
// module's permission code.
const ROLE_ALLOWS: Record<string, Record<Operation, boolean>> = {
  Admin: {
    read: true,
    create: true,
    update: true,
    delete: true,
    destroy: true,
  },
  'Read-only': {
    read: true,
    create: false,
    update: false,
    delete: false,
    destroy: false,
  },
  'Support Agent': {
    read: true,
    create: true,
    update: true,
    delete: true,
    destroy: false,
  },
};

const SCOPE_SETS: McpScope[][] = [
  ['read'],
  ['read', 'write'],
  ['read', 'write', 'delete'],
  ['read', 'write', 'delete', 'destroy'],
];

type Exposure = {
  label: string;
  canRead: boolean;
  canCreate: boolean;
  canUpdate: boolean;
  canDelete: boolean;
};

const EXPOSURES: Exposure[] = [
  {
    label: 'hidden',
    canRead: false,
    canCreate: false,
    canUpdate: false,
    canDelete: false,
  },
  {
    label: 'read only',
    canRead: true,
    canCreate: false,
    canUpdate: false,
    canDelete: false,
  },
  {
    label: 'read + create',
    canRead: true,
    canCreate: true,
    canUpdate: false,
    canDelete: false,
  },
  {
    label: 'read + update + delete',
    canRead: true,
    canCreate: false,
    canUpdate: true,
    canDelete: true,
  },
  {
    label: 'everything',
    canRead: true,
    canCreate: true,
    canUpdate: true,
    canDelete: true,
  },
];

const expected = (
  role: Record<Operation, boolean>,
  scopes: McpScope[],
  exposure: Exposure,
): Record<Operation, boolean> => {
  const read = role.read && scopes.includes('read') && exposure.canRead;

  return {
    read,
    create:
      read && role.create && scopes.includes('write') && exposure.canCreate,
    update:
      read && role.update && scopes.includes('write') && exposure.canUpdate,
    delete:
      read && role.delete && scopes.includes('delete') && exposure.canDelete,
    destroy:
      read && role.destroy && scopes.includes('destroy') && exposure.canDelete,
  };
};

type ToolResult = {
  isError?: boolean;
  content: { type: string; text?: string }[];
  structuredContent?: Record<string, unknown>;
};

// Role × token scopes × workspace exposure, for one object: the tool list,
// the schemas and the calls allow exactly the intersection, and a refused
// object reads exactly like one that does not exist.
describe('permission matrix: role ∩ token scopes ∩ exposure', () => {
  let server: TestApp;
  let settings: McpWorkspaceSettingsService;
  let tokens: McpTokenService;
  let companyObjectId: string;
  let schemaName: string;
  let roleIds: Record<string, string>;
  let requestId = 0;

  const rpc = async (token: string, method: string, params: unknown) => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        'mcp-protocol-version': '2025-11-25',
      },
      body: JSON.stringify({
        jsonrpc: '2.0',
        id: (requestId += 1),
        method,
        params,
      }),
    });

    expect(response.status).toBe(200);

    const reply = (await response.json()) as {
      result?: unknown;
      error?: { message: string };
    };

    // A tool missing from the list is refused at the protocol level.
    return (
      reply.result ?? {
        isError: true,
        content: [{ type: 'text', text: reply.error?.message }],
      }
    );
  };

  const call = (token: string, name: string, args: Record<string, unknown>) =>
    rpc(token, 'tools/call', { name, arguments: args }) as Promise<ToolResult>;

  const objectEnumOf = (
    tools: {
      name: string;
      inputSchema: { properties?: Record<string, { enum?: string[] }> };
    }[],
    name: string,
  ) =>
    tools.find((tool) => tool.name === name)?.inputSchema.properties?.object
      ?.enum ?? [];

  const insertCompany = async (name: string): Promise<string> => {
    const [{ id }] = await server.dataSource.query(
      `INSERT INTO "${schemaName}"."company" ("name") VALUES ($1) RETURNING "id"`,
      [name],
    );

    return id;
  };

  beforeAll(async () => {
    server = await startTestApp();
    settings = server.app.get(McpWorkspaceSettingsService, { strict: false });
    tokens = server.app.get(McpTokenService, { strict: false });

    const [workspace] = await server.dataSource.query(
      `SELECT "databaseSchema" FROM core."workspace" WHERE "id" = $1`,
      [DEMO_WORKSPACE.id],
    );
    const [company] = await server.dataSource.query(
      `SELECT "id" FROM core."objectMetadata" WHERE "workspaceId" = $1 AND "nameSingular" = 'company'`,
      [DEMO_WORKSPACE.id],
    );
    const roles = (await server.dataSource.query(
      `SELECT "id", "label" FROM core."role" WHERE "workspaceId" = $1`,
      [DEMO_WORKSPACE.id],
    )) as { id: string; label: string }[];

    schemaName = workspace.databaseSchema;
    companyObjectId = company.id;
    roleIds = Object.fromEntries(roles.map(({ id, label }) => [label, id]));
  }, 60_000);

  afterAll(() => server?.stop());

  describe.each(EXPOSURES)('exposure of companies: $label', (exposure) => {
    beforeAll(async () => {
      await settings.setObjectExposures(
        DEMO_WORKSPACE.id,
        new Map([
          [
            companyObjectId,
            {
              canRead: exposure.canRead,
              canCreate: exposure.canCreate,
              canUpdate: exposure.canUpdate,
              canDelete: exposure.canDelete,
              hiddenFieldMetadataIds: [],
            },
          ],
        ]),
      );
      // As the settings API does after a change: this instance applies it
      // at once (others within metadataRecheckMs).
      await server.app
        .get(WorkspaceChangesService, { strict: false })
        .notifyChanged(DEMO_WORKSPACE.id);
    });

    const combinations = Object.keys(ROLE_ALLOWS).flatMap((role) =>
      SCOPE_SETS.map((scopes) => ({ role, scopes })),
    );

    it.each(combinations)(
      'role $role with scopes $scopes',
      async ({ role, scopes }) => {
        const allowed = expected(ROLE_ALLOWS[role], scopes, exposure);
        const { token } = await tokens.issue({
          workspaceId: DEMO_WORKSPACE.id,
          name: `matrix ${role} ${scopes.join('+')} ${exposure.label}`,
          roleId: roleIds[role],
          scopes,
          objectMetadataIds: null,
          expiresAt: null,
          createdByUserWorkspaceId: null,
        });
        const { tools } = (await rpc(token, 'tools/list', {})) as {
          tools: Parameters<typeof objectEnumOf>[0];
        };

        // Schemas: the object appears in a tool's enum exactly when allowed.
        expect({
          read: objectEnumOf(tools, 'find_records').includes('company'),
          create: objectEnumOf(tools, 'create_records').includes('company'),
          update: objectEnumOf(tools, 'update_records').includes('company'),
          delete: objectEnumOf(tools, 'delete_records').includes('company'),
          destroy: objectEnumOf(tools, 'destroy_records').includes('company'),
        }).toEqual(allowed);

        // list_objects tells the model the same.
        const listed = await call(token, 'list_objects', {});
        const company = (
          listed.structuredContent as {
            objects: { name: string; operations: string[] }[];
          }
        ).objects.find(({ name }) => name === 'company');

        expect(company?.operations.includes('create') ?? false).toBe(
          allowed.create,
        );
        expect(company?.operations.includes('destroy') ?? false).toBe(
          allowed.destroy,
        );

        // Calls: each succeeds exactly when allowed.
        const target = await insertCompany(`Matrix target ${requestId}`);
        const results = {
          read: await call(token, 'find_records', {
            object: 'company',
            filter: { id: { eq: target } },
          }),
          create: await call(token, 'create_records', {
            object: 'company',
            records: [{ name: 'Matrix created' }],
          }),
          update: await call(token, 'update_records', {
            object: 'company',
            records: [{ id: target, name: 'Matrix updated' }],
          }),
          delete: await call(token, 'delete_records', {
            object: 'company',
            ids: [await insertCompany('Matrix soft delete')],
          }),
          destroy: await call(token, 'destroy_records', {
            object: 'company',
            ids: [await insertCompany('Matrix destroy')],
          }),
        };

        expect(
          Object.fromEntries(
            Object.entries(results).map(([operation, result]) => [
              operation,
              !result.isError,
            ]),
          ),
        ).toEqual(allowed);

        if (!allowed.read) {
          // Refused like an object that does not exist: same words.
          const ghost = await call(token, 'find_records', {
            object: 'noSuchObject',
          });

          expect(
            JSON.stringify(results.read.content).replaceAll(
              'company',
              'noSuchObject',
            ),
          ).toBe(JSON.stringify(ghost.content));

          const search = await call(token, 'search_records', {
            query: 'Matrix target',
          });
          const aggregate = await call(token, 'aggregate_records', {
            object: 'company',
            metrics: [{ op: 'COUNT' }],
          });

          expect(JSON.stringify(search)).not.toContain(target);
          expect(JSON.stringify(search)).not.toContain('"company"');
          expect(aggregate.isError).toBe(true);
        }
      },
    );
  });
});
