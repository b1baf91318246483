import { type AggregateQuery } from '../domain/records/types/aggregate-query.type';
import { type FindByIdsQuery } from '../domain/records/types/find-by-ids-query.type';
import { type FindQuery } from '../domain/records/types/find-query.type';
import { type RecordEventsStatus } from '../domain/records/types/record-events-status.type';
import { type RecordScope } from '../domain/records/types/record-scope.type';
import { type SearchHit } from '../domain/records/types/search-hit.type';
import { type SearchQuery } from '../domain/records/types/search-query.type';
import { type StoredAggregateRow } from '../domain/records/types/stored-aggregate-row.type';
import { type StoredPage } from '../domain/records/types/stored-page.type';
import { type StoredRecord } from '../domain/records/types/stored-record.type';
import { type WriteActor } from '../domain/records/types/write-actor.type';
import { type WorkspaceSchema } from '../domain/workspace/types/workspace-schema.type';
import { type RecordsWriter } from './records-writer.port';

export const RECORDS_BACKEND_PORT = Symbol('RECORDS_BACKEND_PORT');

// What a back-end must provide for records. Every query arrives parsed,
// validated against the workspace model and authorised by RecordsService:
// a back-end reads and writes exactly what it is told, never returns a
// field the selection leaves out, and reports its own failures as
// TwentyMcpException (a unique value taken: CONFLICT; a relation to no
// record: INVALID_ARGUMENT; the database unreachable: SERVICE_UNAVAILABLE;
// anything else: INTERNAL_ERROR, never its SQL or driver text). Reads
// honour `signal`: once it aborts, the running query is cancelled and the
// read fails with CANCELLED; a read the back-end stops for taking too long
// fails with LIMIT_EXCEEDED.
export interface RecordsBackendPort {
  // limit + 1 records are looked at so hasNextPage is exact.
  findPage(
    workspace: WorkspaceSchema,
    query: FindQuery,
    signal?: AbortSignal,
  ): Promise<StoredPage>;
  count(
    workspace: WorkspaceSchema,
    scope: RecordScope,
    signal?: AbortSignal,
  ): Promise<number>;
  // In no particular order; ids that match nothing are left out.
  findByIds(
    workspace: WorkspaceSchema,
    query: FindByIdsQuery,
    signal?: AbortSignal,
  ): Promise<StoredRecord[]>;
  // limit + 1 groups at most, so the caller can tell there are more.
  aggregate(
    workspace: WorkspaceSchema,
    query: AggregateQuery,
    signal?: AbortSignal,
  ): Promise<StoredAggregateRow[]>;
  // Best first.
  search(
    workspace: WorkspaceSchema,
    query: SearchQuery,
    signal?: AbortSignal,
  ): Promise<SearchHit[]>;
  // Everything `work` writes commits together or not at all; a throw from
  // `work` rolls it back and is rethrown. `actor` is who writes: a back-end
  // that tells Twenty about committed writes (docs/twenty-events.md)
  // attributes them to it.
  transaction<T>(
    workspace: WorkspaceSchema,
    work: (writer: RecordsWriter) => Promise<T>,
    actor?: WriteActor,
  ): Promise<T>;
  // Optional: a back-end that is not Twenty itself reports whether its
  // writes reach Twenty's worker.
  recordEventsStatus?(): RecordEventsStatus;
}
