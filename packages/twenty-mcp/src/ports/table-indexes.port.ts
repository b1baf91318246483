import { type TableIndex } from '../domain/query-usage/types/table-index.type';

export const TABLE_INDEXES_PORT = Symbol('TABLE_INDEXES_PORT');

// Optional part of the back-end contract, for the index advisor: the
// indexes that exist on tables of a workspace schema, read-only. The
// module never creates or drops an index (docs/index-advisor.md).
export interface TableIndexesPort {
  listTableIndexes(
    schemaName: string,
    tableNames: readonly string[],
  ): Promise<TableIndex[]>;
}
