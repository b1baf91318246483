import { buildQueryTestContext } from '../../../../../../test/services/records/utils/build-query-test-context.util';
import { PERSON_INPUT } from '../../../../../../test/services/records/utils/full-record-inputs.const';
import { type QueryTarget } from '../../../../../domain/records/types/query-target.type';
import { type WriteActor } from '../../../../../domain/records/types/write-actor.type';
import { encodeRecordInput } from '../../../../../services/records/utils/encode-record-input.util';
import { resolveSelection } from '../../../../../services/records/utils/resolve-selection.util';
import { encodeStoredRecord } from '../../utils/encode-stored-record.util';
import { buildDestroyQuery } from '../build-destroy-query.util';
import { buildInsertQuery } from '../build-insert-query.util';
import { buildRestoreQuery } from '../build-restore-query.util';
import { buildSoftDeleteQuery } from '../build-soft-delete-query.util';
import { buildUpdateQuery } from '../build-update-query.util';

const context = buildQueryTestContext();
const schemaName = context.workspace.schemaName;
const ACTOR: WriteActor = {
  source: 'API',
  name: 'Zapier key',
  workspaceMemberId: null,
};
const A = '5c4af49e-3ca2-5db7-923a-bb8c488e831a';
const B = 'fa57f55e-e74f-5f77-b79d-229cedc2324d';
const returning = (target: QueryTarget, fields: string[]) =>
  resolveSelection({ workspace: context.workspace, ...target, fields });
// An API record → the columns the writer binds, as RecordsService and the
// back-end hand them to the builders.
const encode = async (
  target: QueryTarget,
  input: Record<string, unknown>,
  mode: 'create' | 'update',
) =>
  encodeStoredRecord(
    target.object,
    await encodeRecordInput({ ...target, input, mode }),
  );

describe('buildInsertQuery', () => {
  const person = context.target('person');
  const subscription = context.target('subscription');

  it('should insert several persons on top, stamped with the actor', async () => {
    const records = [
      await encode(person, PERSON_INPUT, 'create'),
      await encode(person, { city: 'Oslo', companyId: A }, 'create'),
    ];

    expect(
      buildInsertQuery({
        schemaName,
        ...person,
        records,
        actor: ACTOR,
        returning: returning(person, ['name', 'city']),
      }),
    ).toMatchSnapshot();
  });

  it('should insert subscriptions with enum, enum array, currency and JSON casts', async () => {
    const record = await encode(
      subscription,
      {
        name: 'Acme',
        plan: 'ENTERPRISE',
        addOns: ['SSO'],
        monthlyRecurringRevenue: { amount: 99.99, currencyCode: 'USD' },
        externalMetadata: { a: [1] },
        tags: ['x'],
        startsOn: '2026-01-01',
      },
      'create',
    );

    expect(
      buildInsertQuery({
        schemaName,
        ...subscription,
        records: [record],
        actor: ACTOR,
        returning: returning(subscription, ['addOns', 'startsOn']),
      }),
    ).toMatchSnapshot();
  });
});

describe('buildUpdateQuery', () => {
  it('should set only the given columns, updatedAt and updatedBy on a live record', async () => {
    const opportunity = context.target('opportunity');

    expect(
      buildUpdateQuery({
        schemaName,
        ...opportunity,
        id: A,
        record: await encode(
          opportunity,
          {
            stage: 'CUSTOMER',
            amount: { amount: 1200 },
            closeDate: '2026-12-01T10:00:00+01:00',
          },
          'update',
        ),
        actor: ACTOR,
        returning: returning(opportunity, ['stage', 'amount']),
      }),
    ).toMatchSnapshot();
  });
});

describe('buildSoftDeleteQuery', () => {
  it('should trash live records only', () => {
    expect(
      buildSoftDeleteQuery({
        schemaName,
        object: context.target('company').object,
        ids: [A, B],
      }),
    ).toMatchSnapshot();
  });

  it('should stamp who trashed them as updatedBy when given an actor', () => {
    expect(
      buildSoftDeleteQuery({
        schemaName,
        object: context.object('noteTarget'),
        ids: [A, B],
        actor: ACTOR,
      }),
    ).toMatchSnapshot();
  });
});

describe('buildRestoreQuery', () => {
  it('should restore trashed records only', () => {
    expect(
      buildRestoreQuery({
        schemaName,
        object: context.target('subscription').object,
        ids: [A],
      }),
    ).toMatchSnapshot();
  });
});

describe('buildDestroyQuery', () => {
  it('should delete for good', () => {
    expect(
      buildDestroyQuery({
        schemaName,
        object: context.target('opportunity').object,
        ids: [A],
      }),
    ).toMatchSnapshot();
  });
});
