import { type IndexColumn } from './index-column.type';

// An index that exists on a workspace table, as the catalog describes it.
export type TableIndex = {
  tableName: string;
  indexName: string;
  // btree, gin, …
  method: string;
  columns: IndexColumn[];
  // The partial index's WHERE, as PostgreSQL prints it; null when total.
  predicate: string | null;
  // False while CREATE INDEX CONCURRENTLY is running or after it failed.
  isValid: boolean;
};
