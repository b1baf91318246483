import { type ApiRecord } from './api-record.type';
import { type DeletedMode } from './deleted-mode.type';
import { type IdempotencyClaim } from './idempotency-claim.type';

// What RecordsService is asked for, in the caller's grammar
// (docs/record-format.md): filters, orderings, groupings and metrics are
// validated by the service against the model and the permissions, once.
export type FindRecordsRequest = {
  objectName: string;
  filter?: unknown;
  search?: string;
  orderBy?: unknown;
  limit?: number;
  after?: string;
  fields?: string[];
  expand?: string[];
  includeTotalCount?: boolean;
  deleted?: DeletedMode;
};

export type FindRecordsResult = {
  records: ApiRecord[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount?: number;
};

export type GetRecordsRequest = {
  objectName: string;
  ids: string[];
  fields?: string[];
  expand?: string[];
  deleted?: DeletedMode;
};

export type AggregateRecordsRequest = {
  objectName: string;
  filter?: unknown;
  groupBy?: unknown;
  metrics: unknown;
  orderBy?: unknown;
  limit?: number;
  timeZone?: string;
};

export type SearchRecordsRequest = {
  query: string;
  objectNames?: string[];
  limit?: number;
};

// Called as a batch's records are written (before the commit), so long
// batches can show progress; a signal that aborts rolls the batch back.
export type BatchWriteOptions = {
  onProgress?: (written: number, total: number) => Promise<void>;
  signal?: AbortSignal;
};

export type CreateRecordsRequest = BatchWriteOptions & {
  objectName: string;
  records: Record<string, unknown>[];
  // A retry with the same key and arguments returns the records the first
  // call created and creates nothing.
  idempotency?: Omit<IdempotencyClaim, 'workspaceId' | 'lifetimeSeconds'>;
};

export type UpdateRecordsRequest = BatchWriteOptions & {
  objectName: string;
  // Each entry carries its `id` and only the fields to change.
  records: (Record<string, unknown> & { id: string })[];
};

export type RecordIdsRequest = {
  objectName: string;
  ids: string[];
};
