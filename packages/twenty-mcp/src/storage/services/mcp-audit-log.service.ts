import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { type DataSource, type EntityManager } from 'typeorm';

import { AUDIT_EXPORT_COLUMNS } from '../../domain/audit/constants/audit-export-columns.const';
import { AUDIT_GENESIS_HASH } from '../../domain/audit/constants/audit-genesis-hash.const';
import { type AuditChainAnchor } from '../../domain/audit/types/audit-chain-anchor.type';
import { type AuditChainVerification } from '../../domain/audit/types/audit-chain-verification.type';
import { type AuditEvent } from '../../domain/audit/types/audit-event.type';
import { type AuditPruneDetails } from '../../domain/audit/types/audit-prune-details.type';
import { type AuditRow } from '../../domain/audit/types/audit-row.type';
import { chainAuditEvents } from '../../domain/audit/utils/chain-audit-events.util';
import { createAuditChainVerifier } from '../../domain/audit/utils/create-audit-chain-verifier.util';
import { AUDIT_LOCK_CLASS } from '../constants/audit-lock-class.const';
import { type AuditEventFilter } from '../types/audit-event-filter.type';
import { toAuditRow } from '../utils/to-audit-row.util';
import { McpStorage } from './mcp-storage.service';

const READ_BATCH = 1000;

// The audit trail in mcp."auditEvent": one hash chain per workspace
// (docs/audit-trail.md). Appends to a workspace are serialised across
// processes by a transaction-scoped advisory lock, so two instances never
// fork a chain, and are idempotent on the event id.
@Injectable()
export class McpAuditLog {
  private readonly dataSource: DataSource;

  constructor(storage: McpStorage) {
    this.dataSource = storage.dataSource;
  }

  async append(events: readonly AuditEvent[]): Promise<void> {
    const byWorkspace = new Map<string, AuditEvent[]>();

    for (const event of events) {
      byWorkspace.set(event.workspaceId, [
        ...(byWorkspace.get(event.workspaceId) ?? []),
        event,
      ]);
    }

    for (const [workspaceId, workspaceEvents] of byWorkspace) {
      await this.dataSource.transaction((manager) =>
        this.appendLocked(manager, workspaceId, workspaceEvents),
      );
    }
  }

  // Which of these events are already in their chains.
  async findStoredEventIds(events: readonly AuditEvent[]): Promise<string[]> {
    const rows = (await this.dataSource.query(
      `SELECT "eventId" FROM "mcp"."auditEvent" e
       JOIN unnest($1::uuid[], $2::uuid[]) AS k("workspaceId", "eventId")
         USING ("workspaceId", "eventId")`,
      [
        events.map((event) => event.workspaceId),
        events.map((event) => event.eventId),
      ],
    )) as { eventId: string }[];

    return rows.map((row) => row.eventId);
  }

  async getCheckpoint(workspaceId: string): Promise<AuditChainAnchor | null> {
    const [row] = (await this.dataSource.query(
      `SELECT "prunedThroughSequence", "anchorHash" FROM "mcp"."auditCheckpoint"
       WHERE "workspaceId" = $1`,
      [workspaceId],
    )) as { prunedThroughSequence: string; anchorHash: string }[];

    return row
      ? {
          prunedThroughSequence: Number(row.prunedThroughSequence),
          anchorHash: row.anchorHash,
        }
      : null;
  }

  async countEvents(
    workspaceId: string,
    filter: AuditEventFilter = {},
  ): Promise<number> {
    const { where, params } = buildWhere(workspaceId, filter);
    const [row] = (await this.dataSource.query(
      `SELECT count(*)::int AS "count" FROM "mcp"."auditEvent" WHERE ${where}`,
      params,
    )) as { count: number }[];

    return row.count;
  }

  // A workspace's events in sequence order, read in batches: any length
  // streams through without being held at once.
  async *readEvents(
    workspaceId: string,
    filter: AuditEventFilter = {},
  ): AsyncGenerator<AuditRow> {
    let after = 0;

    for (;;) {
      const { where, params } = buildWhere(workspaceId, filter);
      const rows = (await this.dataSource.query(
        `SELECT * FROM "mcp"."auditEvent"
         WHERE ${where} AND "sequence" > $${params.length + 1}
         ORDER BY "sequence" LIMIT ${READ_BATCH}`,
        [...params, after],
      )) as Record<string, unknown>[];

      for (const row of rows) {
        yield toAuditRow(row);
      }

      if (rows.length < READ_BATCH) {
        return;
      }

      after = Number(rows[rows.length - 1].sequence);
    }
  }

  // A page of events, newest first: those before `beforeSequence` (the
  // previous page's last), at most `limit`.
  async listEvents(
    workspaceId: string,
    filter: AuditEventFilter,
    { beforeSequence, limit }: { beforeSequence?: number; limit: number },
  ): Promise<AuditRow[]> {
    const { where, params } = buildWhere(workspaceId, filter);
    const rows = (await this.dataSource.query(
      `SELECT * FROM "mcp"."auditEvent"
       WHERE ${where}${beforeSequence === undefined ? '' : ` AND "sequence" < $${params.length + 1}`}
       ORDER BY "sequence" DESC LIMIT ${Math.trunc(limit)}`,
      beforeSequence === undefined ? params : [...params, beforeSequence],
    )) as Record<string, unknown>[];

    return rows.map(toAuditRow);
  }

  // Events per time bucket (an hour or a day, UTC), action and outcome.
  async countByBucket(
    workspaceId: string,
    filter: AuditEventFilter,
    bucket: 'hour' | 'day',
  ): Promise<
    { start: Date; action: string; outcome: string; count: number }[]
  > {
    const { where, params } = buildWhere(workspaceId, filter);
    const rows = (await this.dataSource.query(
      `SELECT date_trunc('${bucket === 'hour' ? 'hour' : 'day'}', "occurredAt", 'UTC') AS "start",
         "action", "outcome", count(*)::int AS "count"
       FROM "mcp"."auditEvent" WHERE ${where}
       GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
      params,
    )) as { start: Date; action: string; outcome: string; count: number }[];

    return rows.map((row) => ({ ...row, start: new Date(row.start) }));
  }

  // onProgress(checked, total) after each batch, for a progress bar.
  async verify(
    workspaceId: string,
    onProgress?: (checked: number, total: number) => void,
  ): Promise<AuditChainVerification> {
    const [checkpoint, total] = await Promise.all([
      this.getCheckpoint(workspaceId),
      this.countEvents(workspaceId),
    ]);
    const verifier = createAuditChainVerifier(workspaceId, checkpoint);
    let checked = 0;

    for await (const row of this.readEvents(workspaceId)) {
      if (!verifier.check(row)) {
        break;
      }

      checked += 1;

      if (checked % READ_BATCH === 0) {
        onProgress?.(checked, total);
      }
    }

    onProgress?.(checked, total);

    return verifier.finish();
  }

  // Retention: deletes the workspace's rows older than `retentionDays` from
  // the head of its chain, moves the checkpoint to the last deleted row and
  // appends a retentionPrune event saying so, all in one transaction under
  // the append lock — so the remaining chain still verifies, and a
  // deletion retention did not do still fails. The number of rows deleted.
  async prune(
    workspaceId: string,
    retentionDays: number,
    now = new Date(),
  ): Promise<number> {
    if (retentionDays <= 0) {
      return 0;
    }

    const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);

    return this.dataSource.transaction(async (manager) => {
      await lockWorkspace(manager, workspaceId);

      // Only a prefix of the chain: rows are deleted up to the newest old
      // one that no younger-sequenced row precedes in time.
      const [last] = (await manager.query(
        `SELECT "sequence", "hash" FROM "mcp"."auditEvent"
         WHERE "workspaceId" = $1 AND "sequence" <= (
           SELECT coalesce(min("sequence") - 1, (SELECT max("sequence") FROM "mcp"."auditEvent" WHERE "workspaceId" = $1))
           FROM "mcp"."auditEvent" WHERE "workspaceId" = $1 AND "occurredAt" >= $2
         )
         ORDER BY "sequence" DESC LIMIT 1`,
        [workspaceId, cutoff],
      )) as { sequence: string; hash: string }[];

      if (!last) {
        return 0;
      }

      const through = Number(last.sequence);
      const deleted = (await manager.query(
        `DELETE FROM "mcp"."auditEvent" WHERE "workspaceId" = $1 AND "sequence" <= $2`,
        [workspaceId, through],
      )) as [unknown, number];

      await manager.query(
        `INSERT INTO "mcp"."auditCheckpoint" ("workspaceId", "prunedThroughSequence", "anchorHash")
         VALUES ($1, $2, $3)
         ON CONFLICT ("workspaceId") DO UPDATE SET
           "prunedThroughSequence" = EXCLUDED."prunedThroughSequence",
           "anchorHash" = EXCLUDED."anchorHash", "prunedAt" = now()`,
        [workspaceId, through, last.hash],
      );

      const details: AuditPruneDetails = {
        prunedThroughSequence: through,
        anchorHash: last.hash,
        retentionDays,
      };

      await this.appendLocked(manager, workspaceId, [
        {
          eventId: randomUUID(),
          workspaceId,
          occurredAt: now,
          kind: 'retentionPrune',
          principalKind: 'system',
          principalId: 'retention',
          clientName: null,
          clientVersion: null,
          action: 'auditRetention',
          object: null,
          recordIds: [],
          argumentsHash: null,
          arguments: details,
          outcome: 'ok',
          errorClass: null,
          durationMs: null,
          requestId: null,
        },
      ]);

      return deleted[1];
    });
  }

  // Workspaces with audit rows and their retention (365 days without a
  // settings row, the column's default).
  async listRetention(): Promise<
    { workspaceId: string; retentionDays: number }[]
  > {
    return (await this.dataSource.query(
      `SELECT e."workspaceId", coalesce(s."auditRetentionDays", 365) AS "retentionDays"
       FROM (SELECT DISTINCT "workspaceId" FROM "mcp"."auditEvent") e
       LEFT JOIN "mcp"."workspaceSettings" s ON s."workspaceId" = e."workspaceId"`,
    )) as { workspaceId: string; retentionDays: number }[];
  }

  // The workspace's audit settings (the defaults without a settings row).
  async getSettings(
    workspaceId: string,
  ): Promise<{ recordArguments: boolean; retentionDays: number }> {
    const [row] = (await this.dataSource.query(
      `SELECT "auditRecordArguments", "auditRetentionDays" FROM "mcp"."workspaceSettings"
       WHERE "workspaceId" = $1`,
      [workspaceId],
    )) as { auditRecordArguments: boolean; auditRetentionDays: number }[];

    return {
      recordArguments: row?.auditRecordArguments ?? false,
      retentionDays: row?.auditRetentionDays ?? 365,
    };
  }

  private async appendLocked(
    manager: EntityManager,
    workspaceId: string,
    events: readonly AuditEvent[],
  ): Promise<void> {
    await lockWorkspace(manager, workspaceId);

    const existing = new Set(
      (
        (await manager.query(
          `SELECT "eventId" FROM "mcp"."auditEvent"
           WHERE "workspaceId" = $1 AND "eventId" = ANY($2::uuid[])`,
          [workspaceId, events.map((event) => event.eventId)],
        )) as { eventId: string }[]
      ).map((row) => row.eventId),
    );
    const fresh = events.filter(
      (event) =>
        !existing.has(event.eventId) && (existing.add(event.eventId), true),
    );

    if (fresh.length === 0) {
      return;
    }

    const head = await readHead(manager, workspaceId);
    const rows = chainAuditEvents(fresh, head.sequence, head.hash);
    const params: unknown[] = [];
    const tuples = rows.map((row) => {
      const values = AUDIT_EXPORT_COLUMNS.map((column) =>
        column === 'arguments'
          ? row.arguments === null || row.arguments === undefined
            ? null
            : JSON.stringify(row.arguments)
          : row[column],
      );

      params.push(...values);

      return `(${values.map((_, index) => `$${params.length - values.length + index + 1}`).join(', ')})`;
    });

    await manager.query(
      `INSERT INTO "mcp"."auditEvent" (${AUDIT_EXPORT_COLUMNS.map((column) => `"${column}"`).join(', ')})
       VALUES ${tuples.join(', ')}`,
      params,
    );
  }
}

const lockWorkspace = (manager: EntityManager, workspaceId: string) =>
  manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [
    AUDIT_LOCK_CLASS,
    workspaceId,
  ]);

// The chain's last row, else the retention checkpoint, else the genesis.
const readHead = async (
  manager: EntityManager,
  workspaceId: string,
): Promise<{ sequence: number; hash: string }> => {
  const [row] = (await manager.query(
    `SELECT "sequence", "hash" FROM "mcp"."auditEvent"
     WHERE "workspaceId" = $1 ORDER BY "sequence" DESC LIMIT 1`,
    [workspaceId],
  )) as { sequence: string; hash: string }[];

  if (row) {
    return { sequence: Number(row.sequence), hash: row.hash };
  }

  const [checkpoint] = (await manager.query(
    `SELECT "prunedThroughSequence", "anchorHash" FROM "mcp"."auditCheckpoint"
     WHERE "workspaceId" = $1`,
    [workspaceId],
  )) as { prunedThroughSequence: string; anchorHash: string }[];

  return checkpoint
    ? {
        sequence: Number(checkpoint.prunedThroughSequence),
        hash: checkpoint.anchorHash,
      }
    : { sequence: 0, hash: AUDIT_GENESIS_HASH };
};

const buildWhere = (
  workspaceId: string,
  { since, until, action, principalId, outcome }: AuditEventFilter,
): { where: string; params: unknown[] } => {
  const params: unknown[] = [workspaceId];
  const conditions = ['"workspaceId" = $1'];
  const add = (condition: string, value: unknown) => {
    params.push(value);
    conditions.push(condition.replace('?', `$${params.length}`));
  };

  if (since) add('"occurredAt" >= ?', since);
  if (until) add('"occurredAt" < ?', until);
  if (action) add('"action" = ?', action);
  if (principalId) add('"principalId" = ?', principalId);
  if (outcome) add('"outcome" = ?', outcome);

  return { where: conditions.join(' AND '), params };
};
