import { TwentyMcpExceptionCode } from '../../../../../domain/exceptions/twenty-mcp-exception-code.enum';
import { buildQueryTestContext } from '../../../../../../test/query/utils/build-query-test-context.util';
import { expectQueryError } from '../../../../../../test/query/utils/expect-query-error.util';
import { decodeSearchHits } from '../../utils/decode-search-hits.util';
import { parseFilter } from '../../../../../services/records/utils/parse-filter.util';
import { resolveSelection } from '../../../../../services/records/utils/resolve-selection.util';
import { buildCrossObjectSearchQuery } from '../build-cross-object-search-query.util';
import { buildSearchQuery } from '../build-search-query.util';

const context = buildQueryTestContext({
  role: ({ fieldId }) => ({
    fieldRestrictions: {
      [fieldId('subscription', 'name')]: {
        canReadFieldValue: false,
        canUpdateFieldValue: false,
      },
    },
  }),
});

describe('buildSearchQuery', () => {
  it('should rank one object by ts_rank with an optional filter', () => {
    const person = context.target('person');

    expect(
      buildSearchQuery({
        schemaName: 'ws',
        ...person,
        search: 'Zoë gerlach-okuneva.com',
        selection: resolveSelection({
          workspace: context.workspace,
          ...person,
          fields: ['name', 'emails'],
        }),
        filter: parseFilter(person, { city: { eq: 'Paris' } }),
        limit: 10,
      }),
    ).toMatchSnapshot();
  });
});

describe('buildCrossObjectSearchQuery', () => {
  it('should union several objects with their labels', () => {
    expect(
      buildCrossObjectSearchQuery({
        schemaName: 'ws',
        targets: ['person', 'company', 'opportunity', 'subscription'].map(
          context.target,
        ),
        search: "o'brien",
      }),
    ).toMatchSnapshot();
  });

  it('should require objects and limit results', async () => {
    await expectQueryError(
      () =>
        buildCrossObjectSearchQuery({
          schemaName: 'ws',
          targets: [],
          search: 'x',
        }),
      TwentyMcpExceptionCode.INVALID_ARGUMENT,
      'Search needs at least one object to search in',
    );
    await expectQueryError(
      () =>
        buildCrossObjectSearchQuery({
          schemaName: 'ws',
          targets: [context.target('person')],
          search: 'x',
          limit: 51,
        }),
      TwentyMcpExceptionCode.LIMIT_EXCEEDED,
      'limit is at most 50',
    );
  });
});

describe('decodeSearchHits', () => {
  it('should return hits in the RecordsPort shape', () => {
    expect(
      decodeSearchHits([
        { object: 'person', id: 'a', label: 'Ann Lee', rank: 0.0607927 },
      ]),
    ).toEqual([
      { objectName: 'person', id: 'a', label: 'Ann Lee', rank: 0.0607927 },
    ]);
  });
});
