import { type CursorValues } from '../../../../domain/records/types/cursor-values.type';
import { type DbRow } from '../../../../domain/records/types/db-row.type';
import { type FindPage } from '../../../../domain/records/types/find-page.type';
import { type PreparedFind } from '../../../../domain/records/types/prepared-find.type';
import { decodeRecordRow } from './decode-record-row.util';
import { encodeCursor } from '../../../../services/records/utils/encode-cursor.util';
import { getCursorAlias } from './get-cursor-alias.util';

// Rows of buildFindQuery (limit + 1 of them at most) → one page.
export const decodeFindRows = (
  rows: readonly DbRow[],
  { limit, sortKeys, sortHash, selection }: PreparedFind,
): FindPage => {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const cursorValues = (row: DbRow): CursorValues =>
    sortKeys.map((_, index) => {
      const value = row[getCursorAlias(index)];

      return value === null || value === undefined ? null : String(value);
    });

  return {
    records: page.map((row) => decodeRecordRow(selection.fields, row)),
    pageInfo: {
      hasNextPage: rows.length > limit,
      endCursor: last ? encodeCursor(sortHash, cursorValues(last)) : null,
    },
  };
};
