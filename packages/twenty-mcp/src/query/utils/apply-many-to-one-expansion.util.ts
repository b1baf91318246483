import { type ApiRecord } from '../../ports/types/api-record.type';
import { type DbRow } from '../types/db-row.type';
import { type ManyToOneExpansion } from '../types/many-to-one-expansion.type';
import { decodeRecordRow } from './decode-record-row.util';
import { getExpansionFields } from './get-expansion-fields.util';

// Sets `<field>: { id, <label> } | null` on each record.
export const applyManyToOneExpansion = (
  records: readonly ApiRecord[],
  expansion: ManyToOneExpansion,
  rows: readonly DbRow[],
): ApiRecord[] => {
  const fields = getExpansionFields(expansion.target, expansion.labelField);
  const byId = new Map(
    rows.map((row) => [String(row.id), decodeRecordRow(fields, row)]),
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
