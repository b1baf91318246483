import { buildQueryTestContext } from '../../../../../../test/services/records/utils/build-query-test-context.util';
import { type DeletedMode } from '../../../../../domain/records/types/deleted-mode.type';
import { resolveSelection } from '../../../../../services/records/utils/resolve-selection.util';
import { buildFindByIdsQuery } from '../build-find-by-ids-query.util';

const context = buildQueryTestContext();
const ID = '5c4af49e-3ca2-5db7-923a-bb8c488e831a';
const company = context.target('company');
const query = (ids: string[], deleted: DeletedMode = 'exclude') => ({
  ...company,
  ids,
  selection: resolveSelection({
    workspace: context.workspace,
    ...company,
    fields: ['name', 'annualRevenue'],
  }),
  deleted,
});

describe('buildFindByIdsQuery', () => {
  it('should read companies by id', () => {
    expect(
      buildFindByIdsQuery(context.workspace.schemaName, query([ID])),
    ).toMatchSnapshot();
  });

  it('should include trashed records when asked', () => {
    expect(
      buildFindByIdsQuery(context.workspace.schemaName, query([ID], 'include'))
        .sql,
    ).not.toContain('deletedAt');
  });
});
