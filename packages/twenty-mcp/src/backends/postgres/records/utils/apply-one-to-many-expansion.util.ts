import { EXPANSION_COLUMN_ALIASES } from '../../../../domain/records/constants/expansion-column-aliases.const';
import { type ApiRecord } from '../../../../domain/records/types/api-record.type';
import { type DbRow } from '../../../../domain/records/types/db-row.type';
import { type OneToManyExpansion } from '../../../../domain/records/types/one-to-many-expansion.type';
import { decodeRecordRow } from './decode-record-row.util';
import { getExpansionFields } from '../../../../services/records/utils/get-expansion-fields.util';

// Sets `<field>: { totalCount, records: [{ id, <label> }] }` on each record.
export const applyOneToManyExpansion = (
  records: readonly ApiRecord[],
  expansion: OneToManyExpansion,
  rows: readonly DbRow[],
): ApiRecord[] => {
  const fields = getExpansionFields(expansion.target, expansion.labelField);
  const byParent = new Map<
    string,
    { totalCount: number; records: ApiRecord[] }
  >();

  for (const row of rows) {
    const parentId = String(row[EXPANSION_COLUMN_ALIASES.parentId]);
    const group = byParent.get(parentId) ?? {
      totalCount: Number(row[EXPANSION_COLUMN_ALIASES.totalCount]),
      records: [],
    };

    group.records.push(decodeRecordRow(fields, row));
    byParent.set(parentId, group);
  }

  return records.map((record) => ({
    ...record,
    [expansion.field.name]: byParent.get(String(record.id)) ?? {
      totalCount: 0,
      records: [],
    },
  }));
};
