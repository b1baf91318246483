import { createHash } from 'node:crypto';

// TypeORM's default foreign key name, which Twenty's workspace tables carry:
// FK_ + the first 27 hex characters of sha1("<table>_<column>").
export const computeForeignKeyName = ({
  tableName,
  columnName,
}: {
  tableName: string;
  columnName: string;
}): string =>
  `FK_${createHash('sha1')
    .update(`${tableName}_${columnName}`)
    .digest('hex')
    .slice(0, 27)}`;
