import { TwentyMcpExceptionCode } from '../../../../../domain/exceptions/twenty-mcp-exception-code.enum';
import { buildQueryTestContext } from '../../../../../../test/query/utils/build-query-test-context.util';
import { expectQueryError } from '../../../../../../test/query/utils/expect-query-error.util';
import { PERSON_INPUT } from '../../../../../../test/query/utils/full-record-inputs.const';
import { type QueryTarget } from '../../../../../domain/records/types/query-target.type';
import { type WriteActor } from '../../../../../domain/records/types/write-actor.type';
import { encodeRecordInput } from '../../../../../services/records/utils/encode-record-input.util';
import { resolveSelection } from '../../../../../services/records/utils/resolve-selection.util';
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

describe('buildInsertQuery', () => {
  const person = context.target('person');
  const subscription = context.target('subscription');

  it('should insert several persons on top, stamped with the actor', async () => {
    const records = [
      await encodeRecordInput({
        ...person,
        input: PERSON_INPUT,
        mode: 'create',
      }),
      await encodeRecordInput({
        ...person,
        input: { city: 'Oslo', companyId: A },
        mode: 'create',
      }),
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

  it('should insert subscriptions with enum, enum array, currency and JSON casts and a given position', async () => {
    const record = await encodeRecordInput({
      ...subscription,
      mode: 'create',
      input: {
        name: 'Acme',
        plan: 'ENTERPRISE',
        addOns: ['SSO'],
        monthlyRecurringRevenue: { amount: 99.99, currencyCode: 'USD' },
        externalMetadata: { a: [1] },
        tags: ['x'],
        startsOn: '2026-01-01',
      },
    });

    expect(
      buildInsertQuery({
        schemaName,
        ...subscription,
        records: [{ ...record, position: 7.5 }],
        actor: ACTOR,
        returning: returning(subscription, ['addOns', 'startsOn']),
      }),
    ).toMatchSnapshot();
  });

  it('should refuse empty and oversized batches', async () => {
    const request = (count: number) => ({
      schemaName,
      ...person,
      records: Array.from({ length: count }, () => ({ columns: [] })),
      actor: ACTOR,
      returning: returning(person, []),
    });

    await expectQueryError(
      () => buildInsertQuery(request(0)),
      TwentyMcpExceptionCode.INVALID_ARGUMENT,
      'Pass at least one record to create',
    );
    await expectQueryError(
      () => buildInsertQuery(request(51)),
      TwentyMcpExceptionCode.LIMIT_EXCEEDED,
      'At most 50 records per call',
    );
    await expectQueryError(
      () =>
        buildInsertQuery({
          ...request(1),
          records: [{ columns: [], position: Number.NaN }],
        }),
      TwentyMcpExceptionCode.INVALID_ARGUMENT,
      'position must be a finite number',
    );
  });
});

describe('buildUpdateQuery', () => {
  it('should set only the given columns, updatedAt and updatedBy on live records', async () => {
    const opportunity = context.target('opportunity');

    expect(
      buildUpdateQuery({
        schemaName,
        ...opportunity,
        ids: [A, B],
        record: await encodeRecordInput({
          ...opportunity,
          mode: 'update',
          input: {
            stage: 'CUSTOMER',
            amount: { amount: 1200 },
            closeDate: '2026-12-01T10:00:00+01:00',
          },
        }),
        actor: ACTOR,
        returning: returning(opportunity, ['stage', 'amount']),
      }),
    ).toMatchSnapshot();
  });

  it('should refuse an empty update', async () => {
    const company = context.target('company');

    await expectQueryError(
      () =>
        buildUpdateQuery({
          schemaName,
          ...company,
          ids: [A],
          record: { columns: [] },
          actor: ACTOR,
          returning: returning(company, []),
        }),
      TwentyMcpExceptionCode.INVALID_ARGUMENT,
      'Nothing to update: pass at least one field',
    );
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
