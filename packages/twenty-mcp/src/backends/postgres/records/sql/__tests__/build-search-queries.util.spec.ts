import { buildQueryTestContext } from '../../../../../../test/services/records/utils/build-query-test-context.util';
import { decodeSearchHits } from '../../utils/decode-search-hits.util';
import { buildCrossObjectSearchQuery } from '../build-cross-object-search-query.util';

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

describe('buildCrossObjectSearchQuery', () => {
  it('should union several objects with their labels', () => {
    expect(
      buildCrossObjectSearchQuery('ws', {
        targets: ['person', 'company', 'opportunity', 'subscription'].map(
          context.target,
        ),
        text: "o'brien",
        limit: 50,
      }),
    ).toMatchSnapshot();
  });

  it('should rank one object by ts_rank in a single ordered SELECT', () => {
    const { sql, params } = buildCrossObjectSearchQuery('ws', {
      targets: [context.target('person')],
      text: 'Zoë gerlach-okuneva.com',
      limit: 10,
    });

    expect(sql).not.toContain('UNION ALL');
    expect(sql).toContain('ts_rank(');
    expect(sql.match(/ORDER BY/g)).toHaveLength(1);
    expect(params).toEqual(['zoe:* & gerlach-okuneva.com:*', 10, 'person']);
  });
});

describe('decodeSearchHits', () => {
  it('should return hits in the RecordsBackendPort shape', () => {
    expect(
      decodeSearchHits([
        { object: 'person', id: 'a', label: 'Ann Lee', rank: 0.0607927 },
      ]),
    ).toEqual([
      { objectName: 'person', id: 'a', label: 'Ann Lee', rank: 0.0607927 },
    ]);
  });
});
