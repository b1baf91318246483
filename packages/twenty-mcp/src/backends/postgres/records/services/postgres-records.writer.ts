import { type DeletedMode } from '../../../../domain/records/types/deleted-mode.type';
import { type FilterNode } from '../../../../domain/records/types/filter-node.type';
import { type FindByIdsQuery } from '../../../../domain/records/types/find-by-ids-query.type';
import { type IdempotencyClaim } from '../../../../domain/records/types/idempotency-claim.type';
import { type IdempotencyClaimOutcome } from '../../../../domain/records/types/idempotency-claim-outcome.type';
import { type QueryTarget } from '../../../../domain/records/types/query-target.type';
import { type Selection } from '../../../../domain/records/types/selection.type';
import { type StoredRecord } from '../../../../domain/records/types/stored-record.type';
import { type WorkspaceSchema } from '../../../../domain/workspace/types/workspace-schema.type';
import { type WriteActor } from '../../../../domain/records/types/write-actor.type';
import { type RecordsWriter } from '../../../../ports/records-writer.port';
import { type WriteEventsRecorder } from '../../events/services/write-events.recorder';
import { buildEventSelection } from '../../events/utils/build-event-selection.util';
import { buildDestroyQuery } from '../sql/build-destroy-query.util';
import { buildFindAllQuery } from '../sql/build-find-all-query.util';
import { buildIdempotencyKeyQueries } from '../sql/build-idempotency-key-queries.util';
import { buildInsertQuery } from '../sql/build-insert-query.util';
import { buildRestoreQuery } from '../sql/build-restore-query.util';
import { buildSoftDeleteQuery } from '../sql/build-soft-delete-query.util';
import { buildUpdateQuery } from '../sql/build-update-query.util';
import { type DbRow } from '../types/db-row.type';
import { type SqlQuery } from '../types/sql-query.type';
import { decodeStoredRows } from '../utils/decode-stored-rows.util';
import { encodeStoredRecord } from '../utils/encode-stored-record.util';
import { findStoredByIds } from '../utils/find-stored-by-ids.util';

// The writes of one transaction, all through its query runner. With a
// recorder, each write also records what Twenty's events carry: whole
// records after (RETURNING every column) and, for updates and trash moves,
// before (read in the same transaction just before the write).
export class PostgresRecordsWriter implements RecordsWriter {
  private readonly schemaName: string;

  constructor(
    private readonly workspace: WorkspaceSchema,
    private readonly run: (query: SqlQuery) => Promise<DbRow[]>,
    private readonly events?: WriteEventsRecorder,
  ) {
    this.schemaName = workspace.schemaName;
  }

  async insert(
    { object }: QueryTarget,
    records: readonly Partial<StoredRecord>[],
    actor: WriteActor,
    returning: Selection,
  ): Promise<StoredRecord[]> {
    if (records.length === 0) {
      return [];
    }

    const whole = this.events ? buildEventSelection(object) : null;
    const rows = await this.run(
      buildInsertQuery({
        schemaName: this.schemaName,
        object,
        records: records.map((record) => encodeStoredRecord(object, record)),
        actor,
        returning: whole ?? returning,
      }),
    );

    if (whole) {
      this.events?.created(object, decodeStoredRows(whole.fields, rows));
    }

    return decodeStoredRows(returning.fields, rows);
  }

  async update(
    target: QueryTarget,
    id: string,
    values: Partial<StoredRecord>,
    actor: WriteActor,
    returning: Selection,
    { redaction = false }: { redaction?: boolean } = {},
  ): Promise<StoredRecord | null> {
    const { object } = target;
    const events = redaction ? undefined : this.events;
    const whole = events ? buildEventSelection(object) : null;
    const [before] = events
      ? await this.readWhole(target, [id], 'exclude')
      : [];
    const [row] = await this.run(
      buildUpdateQuery({
        schemaName: this.schemaName,
        object,
        id,
        record: encodeStoredRecord(object, values),
        actor,
        returning: whole ?? returning,
        includeTrashed: redaction,
      }),
    );

    if (!row) {
      return null;
    }

    if (whole && before) {
      events?.updated(object, before, decodeStoredRows(whole.fields, [row])[0]);
    }

    return decodeStoredRows(returning.fields, [row])[0];
  }

  async claimIdempotencyKey(
    claim: IdempotencyClaim,
  ): Promise<IdempotencyClaimOutcome> {
    const queries = buildIdempotencyKeyQueries(claim);

    await this.run(queries.clearExpired);

    if ((await this.run(queries.claim)).length > 0) {
      return { kind: 'claimed' };
    }

    const [row] = await this.run(queries.read);

    // Gone between the two statements (expired and cleared by a retry
    // racing this one): nothing to replay, and the key is not ours.
    if (!row || row.argumentsHash !== claim.argumentsHash) {
      return { kind: 'mismatch' };
    }

    return { kind: 'replay', recordIds: row.recordIds as string[] };
  }

  async completeIdempotencyKey(
    claim: IdempotencyClaim,
    recordIds: readonly string[],
  ): Promise<void> {
    await this.run(buildIdempotencyKeyQueries(claim).complete(recordIds));
  }

  findByIds(query: FindByIdsQuery): Promise<StoredRecord[]> {
    return findStoredByIds(this.run, this.schemaName, query);
  }

  async findAll(
    { object }: QueryTarget,
    filter: FilterNode,
    selection: Selection,
    deleted: DeletedMode = 'exclude',
  ): Promise<StoredRecord[]> {
    const rows = await this.run(
      buildFindAllQuery(this.workspace, { object, filter, selection, deleted }),
    );

    return decodeStoredRows(selection.fields, rows);
  }

  async softDelete(
    target: QueryTarget,
    ids: readonly string[],
    actor?: WriteActor,
  ): Promise<string[]> {
    const before = await this.readWhole(target, ids, 'exclude');
    const changed = await this.changed(
      buildSoftDeleteQuery({
        schemaName: this.schemaName,
        object: target.object,
        ids,
        actor,
      }),
      ids,
    );

    this.events?.deleted(
      target.object,
      before,
      await this.readWhole(target, changed, 'include'),
    );

    return changed;
  }

  async restore(
    target: QueryTarget,
    ids: readonly string[],
  ): Promise<string[]> {
    const before = await this.readWhole(target, ids, 'only');
    const changed = await this.changed(
      buildRestoreQuery({
        schemaName: this.schemaName,
        object: target.object,
        ids,
      }),
      ids,
    );

    this.events?.restored(
      target.object,
      before,
      await this.readWhole(target, changed, 'include'),
    );

    return changed;
  }

  async destroy(
    target: QueryTarget,
    ids: readonly string[],
  ): Promise<string[]> {
    const before = await this.readWhole(target, ids, 'include');
    const changed = await this.changed(
      buildDestroyQuery({
        schemaName: this.schemaName,
        object: target.object,
        ids,
      }),
      ids,
    );
    const destroyed = new Set(changed);

    this.events?.destroyed(
      target.object,
      before.filter((record) => destroyed.has(record.id)),
    );

    return changed;
  }

  // Whole records for the recorder; nothing is read without one.
  private async readWhole(
    target: QueryTarget,
    ids: readonly string[],
    deleted: DeletedMode,
  ): Promise<StoredRecord[]> {
    if (!this.events || ids.length === 0) {
      return [];
    }

    const byId = new Map(
      (
        await this.findByIds({
          ...target,
          ids,
          selection: buildEventSelection(target.object),
          deleted,
        })
      ).map((record) => [record.id, record]),
    );

    // In the order the caller named them, as the events list them.
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  private async changed(
    query: SqlQuery,
    ids: readonly string[],
  ): Promise<string[]> {
    if (ids.length === 0) {
      return [];
    }

    const changed = new Set(
      (await this.run(query)).map((row) => String(row.id)),
    );

    return ids.filter((id) => changed.has(id));
  }
}
