import { randomUUID } from 'node:crypto';

import {
  createTestDatabase,
  type TestDatabase,
} from '@twenty-mcp/twenty-db/testing';
import { type DataSource } from 'typeorm';

import { QUERY_USAGE_RECORDING } from '../../../src/services/query-usage/constants/query-usage-recording.const';
import { QueryUsageRecorder } from '../../../src/services/query-usage/query-usage-recorder.service';
import { prepareFind } from '../../../src/services/records/utils/prepare-find.util';
import { McpQueryUsageStore } from '../../../src/storage/services/mcp-query-usage-store.service';
import { McpStorage } from '../../../src/storage/services/mcp-storage.service';
import { createTestDataSource } from '../../utils/create-test-data-source';
import { buildQueryTestContext } from '../records/utils/build-query-test-context.util';

const context = buildQueryTestContext();
const find = (orderBy: unknown) =>
  prepareFind({
    workspace: context.workspace,
    ...context.target('opportunity'),
    orderBy,
  }).query;

// The recorder on a real mcp."queryUsage": counts add up across flushes
// and instances, the in-memory map is bounded, shutdown writes the rest.
describe('QueryUsageRecorder', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let storage: McpStorage;
  let store: McpQueryUsageStore;

  const rows = async (workspaceId: string) =>
    (await store.list(workspaceId)).map(({ calls, shape }) => [
      calls,
      shape.orderBy[0].field,
    ]);

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await createTestDataSource(database.url);
    storage = await McpStorage.open(dataSource);
    store = new McpQueryUsageStore(storage);
  }, 60_000);

  afterAll(async () => {
    await storage?.onApplicationShutdown();
    await dataSource?.destroy();
    await database?.drop();
  });

  it('should add the counts of every flush and every instance to one row per shape', async () => {
    const workspaceId = randomUUID();
    const first = new QueryUsageRecorder(store);
    const second = new QueryUsageRecorder(store);

    first.recordFind(workspaceId, find({ closeDate: 'AscNullsLast' }));
    first.recordFind(workspaceId, find({ closeDate: 'AscNullsLast' }));
    first.recordFind(workspaceId, find(undefined));
    await first.flush();
    first.recordFind(workspaceId, find({ closeDate: 'AscNullsLast' }));
    second.recordFind(workspaceId, find({ closeDate: 'AscNullsLast' }));
    await Promise.all([first.flush(), second.flush()]);

    expect(await rows(workspaceId)).toEqual([
      [4, 'closeDate'],
      [1, 'id'],
    ]);
  });

  it('should write what is pending when the application shuts down', async () => {
    const workspaceId = randomUUID();
    const recorder = new QueryUsageRecorder(store);

    recorder.onApplicationBootstrap();
    recorder.recordFind(workspaceId, find({ name: 'DescNullsFirst' }));
    await recorder.beforeApplicationShutdown();

    expect(await rows(workspaceId)).toEqual([[1, 'name']]);
  });

  it('should hold at most maxPendingShapes between flushes and drop the rest', async () => {
    const recorder = new QueryUsageRecorder(store);
    const workspaceIds = Array.from(
      { length: QUERY_USAGE_RECORDING.maxPendingShapes + 1 },
      () => randomUUID(),
    );
    const query = find(undefined);

    for (const workspaceId of workspaceIds) {
      recorder.recordFind(workspaceId, query);
    }

    // A shape already held is still counted.
    recorder.recordFind(workspaceIds[0], query);
    await recorder.flush();

    const [counted] = (await dataSource.query(
      `SELECT count(*) AS "count", sum("calls") AS "calls" FROM mcp."queryUsage" WHERE "workspaceId" = ANY($1::uuid[])`,
      [workspaceIds],
    )) as { count: string; calls: string }[];

    expect(counted).toEqual({
      count: String(QUERY_USAGE_RECORDING.maxPendingShapes),
      calls: String(QUERY_USAGE_RECORDING.maxPendingShapes + 1),
    });
    expect(await rows(workspaceIds.at(-1)!)).toEqual([]);

    // The next flush period starts empty: the dropped shape is counted now.
    recorder.recordFind(workspaceIds.at(-1)!, query);
    await recorder.flush();
    expect(await rows(workspaceIds.at(-1)!)).toEqual([[1, 'id']]);
  });
});
