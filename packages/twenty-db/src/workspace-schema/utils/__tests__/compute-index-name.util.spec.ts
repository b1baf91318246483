import { computeForeignKeyName } from '../compute-foreign-key-name.util';
import { computeIndexName } from '../compute-index-name.util';

// Names observed in real Twenty databases (pg_dump of a v2 workspace and an
// error message from Twenty 2.42), not derived from this code.
describe('computeIndexName', () => {
  it('should name the unique index on person emails as Twenty does', () => {
    expect(
      computeIndexName({
        tableName: 'person',
        columnKeys: ['emails'],
        isUnique: true,
      }),
    ).toBe('IDX_UNIQUE_87914cd3ce963115f8cb943e2ac');
  });

  it('should name the searchVector GIN index of opportunity as Twenty does', () => {
    expect(
      computeIndexName({
        tableName: 'opportunity',
        columnKeys: ['searchVector'],
        isUnique: false,
      }),
    ).toBe('IDX_9f96d65260c4676faac27cb6bf3');
  });

  it('should match the older two-column opportunity stage index', () => {
    expect(
      computeIndexName({
        tableName: 'opportunity',
        columnKeys: ['stage', 'deletedAt'],
        isUnique: false,
      }),
    ).toBe('IDX_4f469d3a7ee08aefdc099836364');
  });

  it('should change the name when a WHERE clause is added', () => {
    const base = { tableName: 't', columnKeys: ['a'], isUnique: true };

    expect(computeIndexName(base)).not.toBe(
      computeIndexName({ ...base, whereClause: '"deletedAt" IS NULL' }),
    );
  });
});

describe('computeForeignKeyName', () => {
  it('should name person.companyId as Twenty databases do', () => {
    expect(
      computeForeignKeyName({ tableName: 'person', columnName: 'companyId' }),
    ).toBe('FK_ee066ddacfce46c9a7cb90edd1a');
  });
});
