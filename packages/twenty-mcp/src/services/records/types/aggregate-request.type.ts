import { type WorkspaceSchema } from '../../../domain/workspace/types/workspace-schema.type';
import { type DeletedMode } from '../../../domain/records/types/deleted-mode.type';
import { type QueryTarget } from '../../../domain/records/types/query-target.type';

// An aggregate as the caller sent it; every part but the target is
// untrusted and validated by prepareAggregate. Grammar:
//   groupBy: [{ field, subField?, granularity? }]            (≤ 2)
//   metrics: [{ op, field?, subField? }]                     (COUNT if none)
//   orderBy: [{ group: 0, direction: 'ASC' }, { metric: 1, direction: 'DESC' }]
//   timeZone: IANA name for date buckets (UTC by default)
export type AggregateRequest = QueryTarget & {
  workspace: WorkspaceSchema;
  filter?: unknown;
  search?: string;
  deleted?: DeletedMode;
  groupBy?: unknown;
  timeZone?: unknown;
  metrics?: unknown;
  orderBy?: unknown;
  limit?: unknown;
};
