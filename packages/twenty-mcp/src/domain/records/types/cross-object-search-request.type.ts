import { type QueryTarget } from './query-target.type';

// One search over several objects, hits ranked together.
export type CrossObjectSearchRequest = {
  schemaName: string;
  targets: readonly QueryTarget[];
  search: string;
  limit?: unknown;
};
