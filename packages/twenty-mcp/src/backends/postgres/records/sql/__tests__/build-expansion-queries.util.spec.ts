import { buildQueryTestContext } from '../../../../../../test/services/records/utils/build-query-test-context.util';
import { applyManyToOneExpansion } from '../../utils/apply-many-to-one-expansion.util';
import { applyOneToManyExpansion } from '../../utils/apply-one-to-many-expansion.util';
import { collectManyToOneTargetIds } from '../../utils/collect-many-to-one-target-ids.util';
import { resolveSelection } from '../../../../../services/records/utils/resolve-selection.util';
import { buildManyToOneExpansionQuery } from '../build-many-to-one-expansion-query.util';
import { buildOneToManyExpansionQuery } from '../build-one-to-many-expansion-query.util';

const context = buildQueryTestContext();
const A = '5c4af49e-3ca2-5db7-923a-bb8c488e831a';
const B = 'fa57f55e-e74f-5f77-b79d-229cedc2324d';
const select = (objectName: string, expand: string[]) =>
  resolveSelection({
    workspace: context.workspace,
    permissions: context.permissions,
    ...context.target(objectName),
    expand,
  });

describe('buildManyToOneExpansionQuery', () => {
  const [company] = select('person', ['company']).manyToOne;
  const [pointOfContact] = select('opportunity', ['pointOfContact']).manyToOne;

  it('should fetch the targets of a page with their label identifier', () => {
    expect(
      buildManyToOneExpansionQuery({
        schemaName: 'ws',
        expansion: company,
        targetIds: [A, B, A],
      }),
    ).toMatchSnapshot();
    expect(
      buildManyToOneExpansionQuery({
        schemaName: 'ws',
        expansion: pointOfContact,
        targetIds: [A],
      }).sql,
    ).toBe(
      'SELECT "id", "nameFirstName", "nameLastName" FROM "ws"."person" WHERE "id" = ANY($1::uuid[]) AND "deletedAt" IS NULL',
    );
  });

  it('should attach targets by join column', () => {
    const records = [
      { id: '1', companyId: A },
      { id: '2', companyId: null },
      { id: '3', companyId: B },
    ];

    expect(collectManyToOneTargetIds(records, company)).toEqual([A, B]);
    expect(
      applyManyToOneExpansion(records, company, [{ id: A, name: 'Acme' }]),
    ).toEqual([
      { id: '1', companyId: A, company: { id: A, name: 'Acme' } },
      { id: '2', companyId: null, company: null },
      // Trashed or missing targets expand to null.
      { id: '3', companyId: B, company: null },
    ]);
  });
});

describe('buildOneToManyExpansionQuery', () => {
  const [people] = select('company', ['people']).oneToMany;
  const [tickets] = select('company', ['supportTicketsAbout']).oneToMany;

  it('should fetch at most 10 related records per parent with totals', () => {
    expect(
      buildOneToManyExpansionQuery({
        schemaName: 'ws',
        expansion: people,
        parentIds: [A, B],
      }),
    ).toMatchSnapshot();
  });

  it('should follow morph relations through their join column', () => {
    expect(
      buildOneToManyExpansionQuery({
        schemaName: 'ws',
        expansion: tickets,
        parentIds: [A],
      }).sql,
    ).toContain('"aboutCompanyId" = ANY($1::uuid[])');
  });

  it('should attach lists and totals, empty for parents without rows', () => {
    expect(
      applyOneToManyExpansion([{ id: A }, { id: B }], people, [
        {
          __parentId: A,
          __totalCount: '12',
          __rowNumber: '1',
          id: 'p1',
          nameFirstName: 'Ann',
          nameLastName: 'Lee',
        },
        {
          __parentId: A,
          __totalCount: '12',
          __rowNumber: '2',
          id: 'p2',
          nameFirstName: 'Bo',
          nameLastName: null,
        },
      ]),
    ).toEqual([
      {
        id: A,
        people: {
          totalCount: 12,
          records: [
            { id: 'p1', name: { firstName: 'Ann', lastName: 'Lee' } },
            { id: 'p2', name: { firstName: 'Bo', lastName: null } },
          ],
        },
      },
      { id: B, people: { totalCount: 0, records: [] } },
    ]);
  });
});
