import { type DeletedMode } from '../domain/records/types/deleted-mode.type';
import { type FilterNode } from '../domain/records/types/filter-node.type';
import { type FindByIdsQuery } from '../domain/records/types/find-by-ids-query.type';
import { type IdempotencyClaim } from '../domain/records/types/idempotency-claim.type';
import { type IdempotencyClaimOutcome } from '../domain/records/types/idempotency-claim-outcome.type';
import { type QueryTarget } from '../domain/records/types/query-target.type';
import { type Selection } from '../domain/records/types/selection.type';
import { type StoredRecord } from '../domain/records/types/stored-record.type';
import { type WriteActor } from '../domain/records/types/write-actor.type';

// Writes inside one RecordsBackendPort.transaction. Values are partial
// stored records (only the fields to set, already validated); a back-end
// maintains id, createdAt/updatedAt, position (new records on top, in the
// given order reversed, as Twenty's "first" does) and stamps createdBy /
// updatedBy with the actor where the object has them.
export interface RecordsWriter {
  insert(
    target: QueryTarget,
    records: readonly Partial<StoredRecord>[],
    actor: WriteActor,
    returning: Selection,
  ): Promise<StoredRecord[]>;
  // Null when no live record has the id: trashed records are left alone,
  // unless `includeTrashed`. A `redaction` (erasure clearing a person's
  // details, trashed records included) tells no one: a record event would
  // carry the erased value to Twenty's timeline and webhooks.
  update(
    target: QueryTarget,
    id: string,
    values: Partial<StoredRecord>,
    actor: WriteActor,
    returning: Selection,
    options?: { redaction?: boolean },
  ): Promise<StoredRecord | null>;
  // A create call's idempotency key, claimed for this transaction: it
  // exists once the transaction commits, with the ids given to
  // completeIdempotencyKey, and not at all if it rolls back. A claim waits
  // while another transaction holds the same key.
  claimIdempotencyKey(
    claim: IdempotencyClaim,
  ): Promise<IdempotencyClaimOutcome>;
  completeIdempotencyKey(
    claim: IdempotencyClaim,
    recordIds: readonly string[],
  ): Promise<void>;
  findByIds(query: FindByIdsQuery): Promise<StoredRecord[]>;
  // Every record matching the filter (live ones unless `deleted` says
  // otherwise), unordered and unpaged: for bounded internal reads (one
  // note's links, one person's traces). A `like` / `ilike` on a JSON
  // sub-field matches its JSON text.
  findAll(
    target: QueryTarget,
    filter: FilterNode,
    selection: Selection,
    deleted?: DeletedMode,
  ): Promise<StoredRecord[]>;
  // These return the ids they changed. An actor given to softDelete is
  // stamped as updatedBy too.
  softDelete(
    target: QueryTarget,
    ids: readonly string[],
    actor?: WriteActor,
  ): Promise<string[]>;
  restore(target: QueryTarget, ids: readonly string[]): Promise<string[]>;
  destroy(target: QueryTarget, ids: readonly string[]): Promise<string[]>;
}
