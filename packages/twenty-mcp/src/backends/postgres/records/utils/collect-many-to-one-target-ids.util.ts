import { type ManyToOneExpansion } from '../../../../domain/records/types/many-to-one-expansion.type';
import { type StoredRecord } from '../../../../domain/records/types/stored-record.type';

// Distinct non-null join values of a page, for one expansion query.
export const collectManyToOneTargetIds = (
  records: readonly StoredRecord[],
  expansion: ManyToOneExpansion,
): string[] => [
  ...new Set(
    records
      .map((record) => record[expansion.joinColumnName])
      .filter((id): id is string => typeof id === 'string'),
  ),
];
