import { type ApiRecord } from './api-record.type';

// Filters, orderings, groupings and metrics arrive in the caller's grammar
// (docs/record-format.md) and are validated by the adapter against the
// model and the permissions, so every adapter applies the same rules.
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
  deleted?: 'exclude' | 'include' | 'only';
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
  deleted?: 'exclude' | 'include' | 'only';
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

export type AggregateRecordsResult = {
  groups: {
    key: Record<string, unknown>;
    values: Record<string, number | string | null>;
  }[];
};

export type SearchRecordsRequest = {
  query: string;
  objectNames?: string[];
  limit?: number;
};

export type SearchHit = {
  objectName: string;
  id: string;
  label: string | null;
  rank: number;
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
