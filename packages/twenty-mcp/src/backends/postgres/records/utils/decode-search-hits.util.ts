import { type DbRow } from '../types/db-row.type';
import { type SearchHit } from '../../../../domain/records/types/search-hit.type';

// Rows of buildCrossObjectSearchQuery → hits, best first.
export const decodeSearchHits = (rows: readonly DbRow[]): SearchHit[] =>
  rows.map((row) => ({
    objectName: String(row.object),
    id: String(row.id),
    label:
      row.label === null || row.label === undefined ? null : String(row.label),
    rank: Number(row.rank),
  }));
