import { buildDemoWorkspaceSchema } from '../../../../../../test/fixtures/demo-workspace-schema.fixture';
import { computeRecordDiff } from '../compute-record-diff.util';

describe('computeRecordDiff', () => {
  const person = buildDemoWorkspaceSchema().objects.find(
    (object) => object.nameSingular === 'person',
  )!;
  const before = {
    id: 'p1',
    jobTitle: 'CTO',
    name: { firstName: 'Ada', lastName: 'Lovelace' },
    companyId: 'c1',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };

  it('should report changed plain, composite and join-column values with before and after', () => {
    expect(
      computeRecordDiff(person, before, {
        ...before,
        jobTitle: 'CEO',
        name: { firstName: 'Ada', lastName: 'King' },
        companyId: 'c2',
      }),
    ).toEqual({
      jobTitle: { before: 'CTO', after: 'CEO' },
      name: {
        before: { firstName: 'Ada', lastName: 'Lovelace' },
        after: { firstName: 'Ada', lastName: 'King' },
      },
      companyId: { before: 'c1', after: 'c2' },
    });
  });

  it('should ignore updatedAt, searchVector, relation fields and equal values', () => {
    expect(
      computeRecordDiff(person, before, {
        ...before,
        name: { firstName: 'Ada', lastName: 'Lovelace' },
        updatedAt: '2026-02-02T00:00:00.000Z',
        searchVector: 'x',
        company: { id: 'c9' },
      }),
    ).toEqual({});
  });
});
