import { type ApiRecord } from '../../../../domain/records/types/api-record.type';
import { type ManyToOneExpansion } from '../../../../domain/records/types/many-to-one-expansion.type';

// Distinct non-null join values of a page, for one expansion query.
export const collectManyToOneTargetIds = (
  records: readonly ApiRecord[],
  expansion: ManyToOneExpansion,
): string[] => [
  ...new Set(
    records
      .map((record) => record[expansion.joinColumnName])
      .filter((id): id is string => typeof id === 'string'),
  ),
];
