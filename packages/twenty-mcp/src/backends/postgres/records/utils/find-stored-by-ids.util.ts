import { type FindByIdsQuery } from '../../../../domain/records/types/find-by-ids-query.type';
import { type StoredRecord } from '../../../../domain/records/types/stored-record.type';
import { buildFindByIdsQuery } from '../sql/build-find-by-ids-query.util';
import { type DbRow } from '../types/db-row.type';
import { type SqlQuery } from '../types/sql-query.type';
import { decodeStoredRows } from './decode-stored-rows.util';
import { expandRecords } from './expand-records.util';

// Records by id with their expansions, on any runner (pool or
// transaction).
export const findStoredByIds = async (
  run: (query: SqlQuery) => Promise<DbRow[]>,
  schemaName: string,
  query: FindByIdsQuery,
): Promise<StoredRecord[]> =>
  expandRecords({
    run,
    schemaName,
    selection: query.selection,
    records: decodeStoredRows(
      query.selection.fields,
      await run(buildFindByIdsQuery(schemaName, query)),
    ),
  });
