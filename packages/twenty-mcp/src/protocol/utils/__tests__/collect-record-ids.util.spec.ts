import { collectRecordIds } from '../collect-record-ids.util';

describe('collectRecordIds', () => {
  it('should collect ids of records, one record and deleted ids', () => {
    expect(
      collectRecordIds({
        structuredContent: { records: [{ id: 'a' }, { id: 'b' }, {}] },
      }),
    ).toEqual(['a', 'b']);
    expect(
      collectRecordIds({ structuredContent: { record: { id: 'c' } } }),
    ).toEqual(['c']);
    expect(
      collectRecordIds({ structuredContent: { ids: ['d', 'd', 7] } }),
    ).toEqual(['d']);
  });

  it('should return none for an error or text-only result', () => {
    expect(collectRecordIds(undefined)).toEqual([]);
    expect(collectRecordIds({ content: [], isError: true })).toEqual([]);
  });

  it('should keep at most the limit', () => {
    expect(
      collectRecordIds({ structuredContent: { ids: ['a', 'b', 'c'] } }, 2),
    ).toEqual(['a', 'b']);
  });
});
