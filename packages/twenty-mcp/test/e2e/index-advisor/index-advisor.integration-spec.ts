import { type Client } from '@modelcontextprotocol/client';
import { DEMO_WORKSPACE } from '@twenty-mcp/twenty-db';

import { buildFindQuery } from '../../../src/backends/postgres/records/sql/build-find-query.util';
import { type IndexAdvice } from '../../../src/domain/query-usage/types/index-advice.type';
import { IndexAdvisorService } from '../../../src/services/index-advisor/index-advisor.service';
import { QueryUsageRecorder } from '../../../src/services/query-usage/query-usage-recorder.service';
import { prepareFind } from '../../../src/services/records/utils/prepare-find.util';
import { McpWorkspaceSettingsService } from '../../../src/storage/services/mcp-workspace-settings.service';
import { buildQueryTestContext } from '../../services/records/utils/build-query-test-context.util';
import { settingsGraphql, signInAs } from '../utils/settings-graphql';
import { callTool } from '../utils/tool-calls';
import { useTestApp } from '../utils/use-test-app';

const WORKSPACE = DEMO_WORKSPACE.id;
// The read the advisor is asked about: opportunities of one stage, largest
// amount first.
const BY_AMOUNT = {
  filter: { stage: { eq: 'MEETING' } },
  orderBy: [{ amount: { amount: 'DescNullsLast' } }],
  limit: 5,
};

type PlanNode = {
  'Node Type': string;
  'Index Name'?: string;
  Plans?: PlanNode[];
};

const planNodes = (node: PlanNode): PlanNode[] => [
  node,
  ...(node.Plans ?? []).flatMap(planNodes),
];

// find_records and aggregate_records through the official SDK client on a
// real app; what they record, the advice, and that the advised index is
// what PostgreSQL then uses for the very statement the server runs.
describe('index advisor', () => {
  const e2e = useTestApp({}, { name: 'index-advisor' });
  let admin: Client;

  const advise = () =>
    e2e.server.app.get(IndexAdvisorService).advise(WORKSPACE);
  const byAmount = (advice: IndexAdvice[]) =>
    advice.find(
      ({ objectName, description }) =>
        objectName === 'opportunity' &&
        description.startsWith('order by amount.amount desc'),
    );
  // The plan of the statement find_records runs for BY_AMOUNT, sequential
  // scans discouraged so the demo's small table still shows the index.
  const explainByAmount = async (): Promise<PlanNode[]> => {
    const context = buildQueryTestContext({ schemaName: e2e.schema });
    const { sql, params } = buildFindQuery(
      context.workspace,
      prepareFind({
        workspace: context.workspace,
        permissions: context.permissions,
        ...context.target('opportunity'),
        ...BY_AMOUNT,
      }).query,
    );

    await e2e.pg.query('BEGIN');

    try {
      await e2e.pg.query('SET LOCAL enable_seqscan = off');

      const { rows } = await e2e.pg.query<{
        'QUERY PLAN': [{ Plan: PlanNode }];
      }>(`EXPLAIN (FORMAT JSON) ${sql}`, params);

      return planNodes(rows[0]['QUERY PLAN'][0].Plan);
    } finally {
      await e2e.pg.query('ROLLBACK');
    }
  };

  beforeAll(async () => {
    admin = await e2e.connect(e2e.tokens['MCP - admin']);

    for (let call = 0; call < 3; call += 1) {
      await callTool(admin, 'find_records', {
        object: 'opportunity',
        ...BY_AMOUNT,
      });
    }

    await callTool(admin, 'find_records', { object: 'person', limit: 2 });
    await callTool(admin, 'find_records', {
      object: 'person',
      filter: { jobTitle: { ilike: '%engineer%' } },
    });
    await callTool(admin, 'aggregate_records', {
      object: 'opportunity',
      groupBy: [{ field: 'stage' }],
      metrics: [{ op: 'COUNT' }],
    });
    await e2e.server.app.get(QueryUsageRecorder).flush();
  });

  it('should record each shape with its calls, no values, in mcp."queryUsage"', async () => {
    const { rows } = await e2e.pg.query<{
      objectName: string;
      calls: string;
      shape: string;
    }>(
      `SELECT "objectName", "calls", "shape"::text AS "shape" FROM mcp."queryUsage"
        WHERE "workspaceId" = $1 ORDER BY "calls" DESC, "objectName", "shape"::text`,
      [WORKSPACE],
    );

    expect(rows.map(({ objectName, calls }) => [objectName, calls])).toEqual([
      ['opportunity', '3'],
      ['opportunity', '1'],
      ['person', '1'],
      ['person', '1'],
    ]);
    expect(rows.map(({ shape }) => shape).join()).not.toMatch(
      /MEETING|engineer/,
    );
  });

  it('should advise the index the ordered read needs, most used first', async () => {
    const advice = await advise();
    const item = byAmount(advice)!;

    expect(advice[0]).toBe(item);
    expect(item).toMatchObject({
      objectLabel: 'Opportunity',
      calls: 3,
      servedBy: null,
      description:
        'order by amount.amount desc nulls last, id asc nulls last; filter stage =',
    });
    expect(item.statement).toMatch(
      new RegExp(
        `^CREATE INDEX CONCURRENTLY IF NOT EXISTS "IDX_mcp_[0-9a-f]{16}" ON "${e2e.schema}"\\."opportunity" \\("stage" ASC NULLS LAST, "amountAmountMicros" DESC NULLS LAST, "id" ASC NULLS LAST\\) WHERE "deletedAt" IS NULL;$`,
      ),
    );
    expect(
      (await explainByAmount()).some(({ 'Index Name': name }) =>
        name?.startsWith('IDX_mcp_'),
      ),
    ).toBe(false);
  });

  it('should find the primary key serving the default order, note text matches, and index a dimension', async () => {
    const advice = await advise();
    const people = advice.filter(({ objectName }) => objectName === 'person');
    const byStage = advice.find(({ description }) =>
      description.startsWith('group by stage'),
    );

    expect(people).toHaveLength(2);

    const { rows } = await e2e.pg.query<{ name: string }>(
      `SELECT i.relname AS "name" FROM pg_index x
         JOIN pg_class i ON i.oid = x.indexrelid
        WHERE x.indrelid = $1::regclass AND x.indisprimary`,
      [`"${e2e.schema}"."person"`],
    );

    expect(people.map(({ servedBy }) => servedBy)).toEqual([
      rows[0].name,
      rows[0].name,
    ]);

    expect(
      people.find(({ description }) => description.includes('jobTitle'))!.notes,
    ).toEqual([
      'jobTitle: a text match (like, ilike, starts/ends with) cannot use a btree index',
    ]);
    expect(byStage!.statement).toContain(
      `"opportunity" ("stage" ASC NULLS LAST) WHERE "deletedAt" IS NULL;`,
    );
  });

  it('should refuse CONCURRENTLY inside a transaction, and build it outside one', async () => {
    const { statement } = byAmount(await advise())!;

    await e2e.pg.query('BEGIN');
    await expect(e2e.pg.query(statement!)).rejects.toThrow(
      /cannot run inside a transaction block/,
    );
    await e2e.pg.query('ROLLBACK');
    await e2e.pg.query(statement!);
    // IF NOT EXISTS: running the advice twice is harmless.
    await e2e.pg.query(statement!);
  });

  it('should then have PostgreSQL pick the page through the index, with no sort of the matching rows', async () => {
    const { statement } = byAmount(await advise())!;
    const name = /"(IDX_mcp_[0-9a-f]{16})"/.exec(statement!)![1];
    // The page's ids are chosen in a subquery (ORDER BY … LIMIT); the
    // outer ORDER BY only re-sorts those few joined rows.
    const page = (await explainByAmount()).find(
      (node) => node['Node Type'] === 'Limit',
    )!;
    const inPage = planNodes(page);

    expect(inPage.map(({ 'Index Name': index }) => index)).toContain(name);
    expect(inPage.map(({ 'Node Type': type }) => type)).not.toContain('Sort');
  });

  it('should report the read as served once the index exists', async () => {
    const item = byAmount(await advise())!;

    expect(item.servedBy).toBe(
      /"(IDX_mcp_[0-9a-f]{16})"/.exec(item.statement!)![1],
    );
  });

  it('should answer admins on the settings API and refuse other roles', async () => {
    const query = `{ mcpIndexAdvice { objectName objectLabel description calls lastUsedAt statement servedBy notes } }`;
    const alex = await signInAs(e2e.server.url, 'alex.rivera@northwind.test');
    const reply = await settingsGraphql<{
      mcpIndexAdvice: {
        objectName: string;
        calls: number;
        statement: string | null;
      }[];
    }>(e2e.server.url, query, {}, alex);

    expect(reply.errors).toBeUndefined();
    expect(reply.data!.mcpIndexAdvice[0]).toMatchObject({
      objectName: 'opportunity',
      calls: 3,
      statement: expect.stringMatching(/^CREATE INDEX CONCURRENTLY/),
    });

    const sam = await signInAs(
      e2e.server.url,
      'sam.chen@northwind.test',
      WORKSPACE,
    );
    const refused = await settingsGraphql(e2e.server.url, query, {}, sam);

    expect(refused.data).toBeNull();
    expect(refused.errors![0].extensions?.code).toBe('FORBIDDEN');
  });

  it('should skip objects the admin no longer exposes', async () => {
    const context = buildQueryTestContext({ schemaName: e2e.schema });

    await e2e.server.app.get(McpWorkspaceSettingsService).setObjectExposures(
      WORKSPACE,
      new Map([
        [
          context.objectId('opportunity'),
          {
            canRead: false,
            canCreate: false,
            canUpdate: false,
            canDelete: false,
            hiddenFieldMetadataIds: [],
          },
        ],
      ]),
    );

    expect((await advise()).map(({ objectName }) => objectName)).toEqual([
      'person',
      'person',
    ]);
  });
});
