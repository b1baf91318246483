import { createHash } from 'node:crypto';

// Twenty's deterministic index name: IDX_[UNIQUE_] + the first 27 hex
// characters of sha256(table name, then each column key, then the WHERE
// clause if any), fed without separators. Column keys are field names for
// composite fields and join column names for relations.
export const computeIndexName = ({
  tableName,
  columnKeys,
  isUnique,
  whereClause,
}: {
  tableName: string;
  columnKeys: string[];
  isUnique: boolean;
  whereClause?: string | null;
}): string => {
  const hash = createHash('sha256');

  hash.update(tableName);
  columnKeys.forEach((key) => hash.update(key));

  if (whereClause) {
    hash.update(whereClause);
  }

  return `IDX_${isUnique ? 'UNIQUE_' : ''}${hash.digest('hex').slice(0, 27)}`;
};
