import { TwentyMcpExceptionCode } from '../../../../../domain/exceptions/twenty-mcp-exception-code.enum';
import { buildQueryTestContext } from '../../../../../../test/query/utils/build-query-test-context.util';
import { expectQueryError } from '../../../../../../test/query/utils/expect-query-error.util';
import { resolveSelection } from '../../../../../services/records/utils/resolve-selection.util';
import { buildFindByIdsQuery } from '../build-find-by-ids-query.util';

const context = buildQueryTestContext();
const ID = '5c4af49e-3ca2-5db7-923a-bb8c488e831a';
const company = context.target('company');
const request = (ids: unknown[], deleted?: 'include') => ({
  schemaName: context.workspace.schemaName,
  ...company,
  ids: ids as string[],
  selection: resolveSelection({
    workspace: context.workspace,
    ...company,
    fields: ['name', 'annualRevenue'],
  }),
  deleted,
});

describe('buildFindByIdsQuery', () => {
  it('should read companies by id, deduplicated', () => {
    expect(
      buildFindByIdsQuery(request([ID, ID.toUpperCase()])),
    ).toMatchSnapshot();
  });

  it('should include trashed records when asked', () => {
    expect(buildFindByIdsQuery(request([ID], 'include')).sql).not.toContain(
      'deletedAt',
    );
  });

  it('should validate ids', async () => {
    await expectQueryError(
      () => buildFindByIdsQuery(request([])),
      TwentyMcpExceptionCode.INVALID_ARGUMENT,
      'Pass at least one id',
    );
    await expectQueryError(
      () => buildFindByIdsQuery(request(["1' OR '1'='1"])),
      TwentyMcpExceptionCode.INVALID_ARGUMENT,
      `"1' OR '1'='1" is not a record id (uuid)`,
    );
    await expectQueryError(
      () => buildFindByIdsQuery(request(Array.from({ length: 101 }, () => ID))),
      TwentyMcpExceptionCode.LIMIT_EXCEEDED,
      'At most 100 ids per call',
    );
  });
});
