import { type ApiRecord } from '../../../../domain/records/types/api-record.type';
import { type DbRow } from '../../../../domain/records/types/db-row.type';
import { type ManyToOneExpansion } from '../../../../domain/records/types/many-to-one-expansion.type';
import { decodeRecordRow } from './decode-record-row.util';
import { getExpansionFields } from '../../../../services/records/utils/get-expansion-fields.util';

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
