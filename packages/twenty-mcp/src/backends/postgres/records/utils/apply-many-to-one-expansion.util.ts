import { type ManyToOneExpansion } from '../../../../domain/records/types/many-to-one-expansion.type';
import { type StoredRecord } from '../../../../domain/records/types/stored-record.type';
import { getExpansionFields } from '../../../../domain/records/utils/get-expansion-fields.util';
import { type DbRow } from '../types/db-row.type';
import { decodeStoredRows } from './decode-stored-rows.util';

// Sets `<field>: { id, <label> } | null` on each record.
export const applyManyToOneExpansion = (
  records: readonly StoredRecord[],
  expansion: ManyToOneExpansion,
  rows: readonly DbRow[],
): StoredRecord[] => {
  const fields = getExpansionFields(expansion.target, expansion.labelField);
  const byId = new Map(
    decodeStoredRows(fields, rows).map((record) => [record.id, record]),
  );

  return records.map((record) => {
    const targetId = record[expansion.joinColumnName];

    return {
      ...record,
      [expansion.field.name]:
        typeof targetId === 'string' ? (byId.get(targetId) ?? null) : null,
    };
  });
};
