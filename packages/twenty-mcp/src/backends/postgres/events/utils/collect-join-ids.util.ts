import { type StoredRecord } from '../../../../domain/records/types/stored-record.type';

// The distinct ids the records point to through one join column.
export const collectJoinIds = (
  records: readonly StoredRecord[],
  joinColumnName: string,
): string[] => [
  ...new Set(
    records.flatMap((record) => {
      const id = record[joinColumnName];

      return typeof id === 'string' ? [id] : [];
    }),
  ),
];
