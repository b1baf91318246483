import { EXPANSION_COLUMN_ALIASES } from '../constants/expansion-column-aliases.const';
import { type OneToManyExpansion } from '../../../../domain/records/types/one-to-many-expansion.type';
import { type StoredRecord } from '../../../../domain/records/types/stored-record.type';
import { getExpansionFields } from '../../../../domain/records/utils/get-expansion-fields.util';
import { type DbRow } from '../types/db-row.type';
import { decodeStoredRows } from './decode-stored-rows.util';

// Sets `<field>: { totalCount, records: [{ id, <label> }] }` on each record.
export const applyOneToManyExpansion = (
  records: readonly StoredRecord[],
  expansion: OneToManyExpansion,
  rows: readonly DbRow[],
): StoredRecord[] => {
  const fields = getExpansionFields(expansion.target, expansion.labelField);
  const byParent = new Map<
    string,
    { totalCount: number; records: StoredRecord[] }
  >();

  const related = decodeStoredRows(fields, rows);

  rows.forEach((row, index) => {
    const parentId = String(row[EXPANSION_COLUMN_ALIASES.parentId]);
    const group = byParent.get(parentId) ?? {
      totalCount: Number(row[EXPANSION_COLUMN_ALIASES.totalCount]),
      records: [],
    };

    group.records.push(related[index]);
    byParent.set(parentId, group);
  });

  return records.map((record) => ({
    ...record,
    [expansion.field.name]: byParent.get(record.id) ?? {
      totalCount: 0,
      records: [],
    },
  }));
};
