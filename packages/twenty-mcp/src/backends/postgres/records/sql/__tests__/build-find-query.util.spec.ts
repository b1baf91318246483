import { buildQueryTestContext } from '../../../../../../test/services/records/utils/build-query-test-context.util';
import { type FindRequest } from '../../../../../services/records/types/find-request.type';
import { encodeCursor } from '../../../../../services/records/utils/encode-cursor.util';
import { prepareFind } from '../../../../../services/records/utils/prepare-find.util';
import { decodeFindRows } from '../../utils/decode-find-rows.util';
import { buildFindQuery } from '../build-find-query.util';

const context = buildQueryTestContext();
const ID = '5c4af49e-3ca2-5db7-923a-bb8c488e831a';
const prepare = (objectName: string, request: Partial<FindRequest> = {}) =>
  prepareFind({
    workspace: context.workspace,
    permissions: context.permissions,
    ...context.target(objectName),
    ...request,
  });
const build = (objectName: string, request: Partial<FindRequest> = {}) =>
  buildFindQuery(context.workspace, prepare(objectName, request).query);

describe('buildFindQuery', () => {
  it('should read a default page of persons', () => {
    expect(build('person')).toMatchSnapshot();
  });

  it('should search companies with a filter, a selection and an expansion', () => {
    expect(
      build('company', {
        search: 'Acmé corp',
        filter: {
          employees: { gte: 100 },
          address: { addressCountry: { in: ['France', 'Spain'] } },
        },
        fields: ['name', 'employees'],
        expand: ['accountOwner'],
        limit: 50,
      }),
    ).toMatchSnapshot();
  });

  it('should page opportunities after a cursor with the record-format.md filter', () => {
    const orderBy = [
      { closeDate: 'AscNullsLast' },
      { amount: { amount: 'DescNullsFirst' } },
    ];
    const first = prepare('opportunity', { orderBy, limit: 2 });
    const page = decodeFindRows(
      [
        {
          id: ID,
          __cursor0: '2026-11-24T09:30:00.123456Z',
          __cursor1: null,
          __cursor2: ID,
        },
        {
          id: ID,
          __cursor0: '2026-11-25T00:00:00.000000Z',
          __cursor1: '5000000',
          __cursor2: ID,
        },
        { id: ID, __cursor0: null, __cursor1: null, __cursor2: ID },
      ],
      first.query,
    );

    expect(page.hasNextPage).toBe(true);
    expect(page.records).toHaveLength(2);
    expect(page.cursors[1]).toEqual([
      '2026-11-25T00:00:00.000000Z',
      '5000000',
      ID,
    ]);
    expect(
      build('opportunity', {
        orderBy,
        limit: 2,
        after: encodeCursor(first.sortHash, page.cursors[1]),
        filter: {
          and: [
            { stage: { in: ['PROPOSAL', 'MEETING'] } },
            { amount: { amount: { gt: 50000 } } },
            { closeDate: { lte: '2026-12-31T23:59:59Z' } },
            {
              or: [
                { name: { ilike: '%renewal%' } },
                { not: { companyId: { is: 'NULL' } } },
              ],
            },
          ],
        },
      }),
    ).toMatchSnapshot();
  });

  it('should read trashed subscriptions only, ordered by an enum and a rating', () => {
    expect(
      build('subscription', {
        deleted: 'only',
        orderBy: [{ plan: 'DescNullsLast' }, { healthScore: 'AscNullsFirst' }],
        filter: {
          addOns: { containsAny: ['SSO'] },
          tags: { containsIlike: '%vip%' },
          healthScore: { gte: 'RATING_4' },
        },
      }),
    ).toMatchSnapshot();
  });
});

describe('decodeFindRows', () => {
  it('should report the last page without a next page, with each record’s sort values', () => {
    const { query } = prepare('person', {
      fields: ['city'],
      orderBy: [{ createdAt: 'DescNullsLast' }],
      limit: 2,
    });
    const page = decodeFindRows(
      [
        {
          id: ID,
          city: 'Oslo',
          __cursor0: '2026-01-01T00:00:00.000000Z',
          __cursor1: ID,
        },
      ],
      query,
    );

    expect(page).toEqual({
      records: [{ id: ID, city: 'Oslo' }],
      cursors: [['2026-01-01T00:00:00.000000Z', ID]],
      hasNextPage: false,
    });
  });

  it('should give no cursor on an empty page', () => {
    expect(decodeFindRows([], prepare('person').query)).toEqual({
      records: [],
      cursors: [],
      hasNextPage: false,
    });
  });
});
