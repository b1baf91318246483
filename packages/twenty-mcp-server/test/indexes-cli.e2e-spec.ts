import { PassThrough } from 'node:stream';

import { DEMO_WORKSPACE } from '@twenty-mcp/twenty-db';
import {
  createTestDatabase,
  type TestDatabase,
} from '@twenty-mcp/twenty-db/testing';
import { Client } from 'pg';

import { runIndexesCommand } from '../src/cli/run-indexes-command';
import { runCommandCaptured } from './utils/run-command-captured';

const WORKSPACE = DEMO_WORKSPACE.id;
// A shape as the module records it: opportunities by amount, largest
// first, with one stage.
const SHAPE = {
  kind: 'find',
  deleted: 'exclude',
  orderBy: [
    { field: 'amount', subField: 'amount', direction: 'DescNullsLast' },
    { field: 'id', subField: null, direction: 'AscNullsLast' },
  ],
  groupBy: [],
  filters: [{ field: 'stage', subField: null, operatorClass: 'equality' }],
  search: false,
};

// `twenty-mcp-server indexes advise` on a real database, run in-process as
// main.ts runs it.
describe('indexes CLI', () => {
  let database: TestDatabase;
  let pg: Client;

  const run = (...argv: string[]) =>
    runCommandCaptured(runIndexesCommand, argv, { DATABASE_URL: database.url });

  beforeAll(async () => {
    database = await createTestDatabase();
    pg = new Client({ connectionString: database.url });
    await pg.connect();
  }, 60_000);

  afterAll(async () => {
    await pg?.end();
    await database?.drop();
  });

  it('should say nothing was recorded yet, and print no statement', async () => {
    expect(await run('advise')).toEqual({
      code: 0,
      out: 'No reads recorded yet: the advice follows what AI clients actually ask.\n',
      err: '',
    });
    expect(await run('advise', '--format', 'sql')).toEqual({
      code: 0,
      out: '',
      err: '',
    });
  });

  it('should print the statement for a recorded shape, apply-able as printed, then report it served', async () => {
    await pg.query(
      `INSERT INTO mcp."queryUsage"
         ("workspaceId", "objectName", "shapeKey", "shape", "calls", "firstUsedAt", "lastUsedAt")
       VALUES ($1, 'opportunity', 'a1b2c3d4e5f60718', $2, 7, now(), now())`,
      [WORKSPACE, JSON.stringify(SHAPE)],
    );

    const sql = await run('advise', '--format', 'sql');
    const lines = sql.out.trimEnd().split('\n');

    expect(sql.code).toBe(0);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^CREATE INDEX CONCURRENTLY IF NOT EXISTS "IDX_mcp_[0-9a-f]{16}" ON "workspace_[0-9a-z]+"\."opportunity" \("stage" ASC NULLS LAST, "amountAmountMicros" DESC NULLS LAST, "id" ASC NULLS LAST\) WHERE "deletedAt" IS NULL;$/,
    );

    const table = await run('advise', '--workspace', WORKSPACE);

    expect(table.code).toBe(0);
    expect(table.out).toContain(`Workspace ${WORKSPACE}`);
    expect(table.out).toMatch(
      /1 +7 +\d{4}-\d\d-\d\d \d\d:\d\d +Opportunity +missing: \[1\] +order by amount\.amount desc nulls last, id asc nulls last; filter stage =/,
    );
    expect(table.out).toContain(`[1] ${lines[0]}`);

    await pg.query(lines[0]);

    const name = /"(IDX_mcp_[0-9a-f]{16})"/.exec(lines[0])![1];
    const after = await run('advise', '--workspace', WORKSPACE);

    expect(after.out).toContain(`served by ${name}`);
    expect(after.out).toContain(
      'Every recorded read is served by an existing index.',
    );
    expect((await run('advise', '--format', 'sql')).out).toBe('');
  });

  it('should refuse bad arguments and a missing DATABASE_URL with code 2', async () => {
    expect(await run('advise', '--format', 'csv')).toMatchObject({
      code: 2,
      err: expect.stringContaining('--format is table or sql.'),
    });

    const code = await runIndexesCommand(['advise'], {
      env: {},
      stdout: new PassThrough(),
      stderr: new PassThrough(),
    });

    expect(code).toBe(2);
  });
});
