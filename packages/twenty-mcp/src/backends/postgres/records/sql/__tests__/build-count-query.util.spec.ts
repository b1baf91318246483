import { buildQueryTestContext } from '../../../../../../test/services/records/utils/build-query-test-context.util';
import { prepareFind } from '../../../../../services/records/utils/prepare-find.util';
import { buildCountQuery } from '../build-count-query.util';

const context = buildQueryTestContext();

describe('buildCountQuery', () => {
  it('should count with the same filter and search, ignoring cursor and limit', () => {
    expect(
      buildCountQuery(
        context.workspace,
        prepareFind({
          workspace: context.workspace,
          ...context.target('opportunity'),
          filter: { stage: { neq: 'CUSTOMER' } },
          search: 'renewal',
          limit: 3,
          deleted: 'include',
        }).query,
      ),
    ).toMatchSnapshot();
  });

  it('should count every live person without a filter', () => {
    expect(
      buildCountQuery(
        context.workspace,
        prepareFind({
          workspace: context.workspace,
          ...context.target('person'),
        }).query,
      ),
    ).toEqual({
      sql: `SELECT count(*) AS "totalCount" FROM "${context.workspace.schemaName}"."person" WHERE "deletedAt" IS NULL`,
      params: [],
    });
  });
});
