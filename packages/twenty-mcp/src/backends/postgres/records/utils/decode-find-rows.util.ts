import { type CursorValues } from '../../../../domain/records/types/cursor-values.type';
import { type FindQuery } from '../../../../domain/records/types/find-query.type';
import { type StoredPage } from '../../../../domain/records/types/stored-page.type';
import { type DbRow } from '../types/db-row.type';
import { decodeStoredRows } from './decode-stored-rows.util';
import { getCursorAlias } from './get-cursor-alias.util';

// Rows of buildFindQuery (limit + 1 of them at most) → one page.
export const decodeFindRows = (
  rows: readonly DbRow[],
  { limit, sortKeys, selection }: FindQuery,
): StoredPage => {
  const page = rows.slice(0, limit);
  const cursorValues = (row: DbRow): CursorValues =>
    sortKeys.map((_, index) => {
      const value = row[getCursorAlias(index)];

      return value === null || value === undefined ? null : String(value);
    });

  return {
    records: decodeStoredRows(selection.fields, page),
    cursors: page.map(cursorValues),
    hasNextPage: rows.length > limit,
  };
};
