import { randomUUID } from 'node:crypto';

import { useTestDatabase } from '@twenty-mcp/twenty-db/testing';
import { type DataSource } from 'typeorm';

import { type AuditEvent } from '../../src/domain/audit/types/audit-event.type';
import { AuditRetentionService } from '../../src/services/audit/audit-retention.service';
import { McpAuditLog } from '../../src/storage/services/mcp-audit-log.service';
import { McpStorage } from '../../src/storage/services/mcp-storage.service';
import { createTestDataSource } from '../utils/create-test-data-source';

const DAY = 86_400_000;
const NOW = new Date('2026-12-07T12:00:00.000Z');

const event = (workspaceId: string, ageDays: number): AuditEvent => ({
  eventId: randomUUID(),
  workspaceId,
  occurredAt: new Date(NOW.getTime() - ageDays * DAY),
  kind: 'toolCall',
  principalKind: 'apiKey',
  principalId: randomUUID(),
  clientName: null,
  clientVersion: null,
  action: 'find_records',
  object: 'person',
  recordIds: [],
  argumentsHash: 'b'.repeat(64),
  arguments: null,
  outcome: 'ok',
  errorClass: null,
  durationMs: 1,
  requestId: null,
});

// The chain store on a real PostgreSQL: appends from two instances never
// fork a chain, appends are idempotent, and retention prunes a prefix while
// the rest keeps verifying.
describe(`${McpAuditLog.name} on a real database`, () => {
  const db = useTestDatabase();
  let dataSources: DataSource[];
  let first: McpAuditLog;
  let second: McpAuditLog;

  beforeAll(async () => {
    // Two "instances": storage of their own on one database.
    dataSources = await Promise.all([
      createTestDataSource(db.database.url),
      createTestDataSource(db.database.url),
    ]);

    const storages = await Promise.all(
      dataSources.map((dataSource) => McpStorage.open(dataSource)),
    );

    [first, second] = storages.map((storage) => new McpAuditLog(storage));
  });

  afterAll(async () => {
    await Promise.all(dataSources.map((dataSource) => dataSource.destroy()));
  });

  it('should serialise appends of two instances into one chain', async () => {
    const workspaceId = randomUUID();

    await Promise.all(
      Array.from({ length: 40 }, (_, index) =>
        (index % 2 ? first : second).append([event(workspaceId, 0)]),
      ),
    );

    expect(await first.verify(workspaceId)).toMatchObject({
      valid: true,
      checkedRows: 40,
      lastSequence: 40,
    });
  });

  it('should chain an event appended twice once', async () => {
    const workspaceId = randomUUID();
    const once = event(workspaceId, 0);

    await Promise.all([first.append([once]), second.append([once, once])]);
    await first.append([once]);

    expect(await first.countEvents(workspaceId)).toBe(1);
  });

  it('should prune old rows, record it in the chain and keep verifying', async () => {
    const workspaceId = randomUUID();
    const progress: number[] = [];

    for (const ageDays of [40, 35, 31, 20, 5]) {
      await first.append([event(workspaceId, ageDays)]);
    }

    expect(await first.prune(workspaceId, 30, NOW)).toBe(3);
    expect(await first.prune(workspaceId, 30, NOW)).toBe(0);

    const rows = [];

    for await (const row of first.readEvents(workspaceId)) {
      rows.push(row);
    }

    expect(rows.map((row) => [row.sequence, row.kind])).toEqual([
      [4, 'toolCall'],
      [5, 'toolCall'],
      [6, 'retentionPrune'],
    ]);
    expect(rows[2].arguments).toEqual({
      prunedThroughSequence: 3,
      anchorHash: rows[0].prevHash,
      retentionDays: 30,
    });
    expect(
      await first.verify(workspaceId, (checked) => progress.push(checked)),
    ).toMatchObject({
      valid: true,
      prunedThroughSequence: 3,
      firstSequence: 4,
      lastSequence: 6,
    });
    expect(progress.at(-1)).toBe(3);

    // Appends go on after the prune.
    await second.append([event(workspaceId, 0)]);
    expect((await first.verify(workspaceId)).lastSequence).toBe(7);
  });

  it('should still detect a silent deletion at the head after a prune', async () => {
    const workspaceId = randomUUID();

    for (const ageDays of [40, 20, 10, 5]) {
      await first.append([event(workspaceId, ageDays)]);
    }

    await first.prune(workspaceId, 30, NOW);
    await dataSources[0].query(
      `DELETE FROM mcp."auditEvent" WHERE "workspaceId" = $1 AND "sequence" = 2`,
      [workspaceId],
    );
    expect(await first.verify(workspaceId)).toMatchObject({
      valid: false,
      firstBadSequence: 2,
    });

    // Moving the checkpoint past the hole does not help: no retention
    // event confirms it.
    const [row3] = (await dataSources[0].query(
      `SELECT "hash" FROM mcp."auditEvent" WHERE "workspaceId" = $1 AND "sequence" = 2 + 1`,
      [workspaceId],
    )) as { hash: string }[];

    await dataSources[0].query(
      `UPDATE mcp."auditCheckpoint" SET "prunedThroughSequence" = 3, "anchorHash" = $2 WHERE "workspaceId" = $1`,
      [workspaceId, row3.hash],
    );
    await dataSources[0].query(
      `DELETE FROM mcp."auditEvent" WHERE "workspaceId" = $1 AND "sequence" = 3`,
      [workspaceId],
    );
    expect(await first.verify(workspaceId)).toMatchObject({
      valid: false,
      problem:
        'no retention event in the chain confirms that rows up to 3 were pruned',
    });
  });

  it('should prune every workspace by its retention, 0 keeping forever', async () => {
    const kept = randomUUID();
    const pruned = randomUUID();

    await first.append([event(kept, 400), event(kept, 1)]);
    await first.append([event(pruned, 400), event(pruned, 1)]);
    await dataSources[0].query(
      `INSERT INTO mcp."workspaceSettings" ("workspaceId", "auditRetentionDays") VALUES ($1, 0)`,
      [kept],
    );

    // The rest default to 365 days.
    await new AuditRetentionService(first).pruneAll(NOW);

    expect(await first.countEvents(kept)).toBe(2);
    expect(await first.verify(pruned)).toMatchObject({
      valid: true,
      prunedThroughSequence: 1,
      checkedRows: 2,
    });
  });
});
