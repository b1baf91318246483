import { TwentyMcpExceptionCode } from '../../../../domain/exceptions/twenty-mcp-exception-code.enum';
import { buildQueryTestContext } from '../../../../../test/services/records/utils/build-query-test-context.util';
import { expectQueryError } from '../../../../../test/services/records/utils/expect-query-error.util';
import { type QueryTarget } from '../../../../domain/records/types/query-target.type';
import { compileFilter } from '../../../../backends/postgres/records/utils/compile-filter.util';
import { createParamCollector } from '../../../../backends/postgres/records/utils/create-param-collector.util';
import { parseFilter } from '../parse-filter.util';

const A = '5c4af49e-3ca2-5db7-923a-bb8c488e831a';
const B = 'FA57F55E-E74F-5F77-B79D-229CEDC2324D';

// The model is the same whichever role looks at it.
const { workspace } = buildQueryTestContext();
const compile = (target: QueryTarget, filter: unknown) => {
  const node = parseFilter(target, filter);
  const params = createParamCollector();

  if (!node) {
    throw new Error('empty filter');
  }

  return {
    sql: compileFilter(node, {
      workspace,
      object: target.object,
      schemaName: 'ws',
      params,
    }),
    params: params.params,
  };
};

// `{ "targets": { "<object>Id": { eq | in } } }` on notes and tasks.
describe('the targets filter (parseFilter + compileFilter)', () => {
  const context = buildQueryTestContext();
  const note = context.target('note');
  const task = context.target('task');

  it('should compile eq and in to EXISTS over live junction rows, values as parameters', () => {
    expect(
      compile(note, {
        targets: { companyId: { eq: A }, personId: { in: [A, B] } },
      }),
    ).toEqual({
      sql:
        '(EXISTS (SELECT 1 FROM "ws"."noteTarget" AS "__link" WHERE "__link"."noteId" = "ws"."note"."id" AND "__link"."deletedAt" IS NULL AND "__link"."targetCompanyId" = ANY($1::uuid[]))' +
        ' AND EXISTS (SELECT 1 FROM "ws"."noteTarget" AS "__link" WHERE "__link"."noteId" = "ws"."note"."id" AND "__link"."deletedAt" IS NULL AND "__link"."targetPersonId" = ANY($2::uuid[])))',
      params: [[A], [A, B.toLowerCase()]],
    });
  });

  it('should combine with fields, not and or, on tasks through taskTarget', () => {
    expect(
      compile(task, {
        status: { eq: 'TODO' },
        not: { targets: { supportTicketId: { eq: A } } },
      }),
    ).toEqual({
      sql:
        '("status" = $1::"ws"."task_status_enum"' +
        ' AND NOT (EXISTS (SELECT 1 FROM "ws"."taskTarget" AS "__link" WHERE "__link"."taskId" = "ws"."task"."id" AND "__link"."deletedAt" IS NULL AND "__link"."targetSupportTicketId" = ANY($2::uuid[]))))',
      params: ['TODO', [A]],
    });
  });

  it.each([
    [
      { targets: [] },
      /Filter "targets" takes an object such as \{ "personId": \{ "eq": <id> \} \}; keys: personId, companyId, opportunityId, subscriptionId, supportTicketId/,
    ],
    [{ targets: {} }, /Filter "targets" takes an object/],
    [
      { targets: { company: { eq: A } } },
      /Unknown key "company" in filter "targets"/,
    ],
    [
      { targets: { companyId: A } },
      /Filter "targets\.companyId" needs an operator object/,
    ],
    [
      { targets: { companyId: { is: 'NULL' } } },
      /Operator "is" is not available on "targets\.companyId"\. Operators: eq, in/,
    ],
    [{ targets: { companyId: { eq: 'acme' } } }, /"acme" is not a record id/],
    [{ targets: { companyId: { in: A } } }, /in takes an array of record ids/],
  ])('should refuse %j', async (filter, message) => {
    await expectQueryError(
      () => parseFilter(note, filter),
      TwentyMcpExceptionCode.INVALID_ARGUMENT,
      message,
    );
  });

  it('should count each operator against the condition limit', async () => {
    await expectQueryError(
      () =>
        parseFilter(note, {
          and: Array.from({ length: 51 }, () => ({
            targets: { companyId: { eq: A } },
          })),
        }),
      TwentyMcpExceptionCode.LIMIT_EXCEEDED,
    );
  });

  it('should treat "targets" as an unknown field where there are no links to see', async () => {
    const support = buildQueryTestContext({
      role: ({ objectId }) => ({
        objectOverrides: {
          [objectId('noteTarget')]: {
            canReadObjectRecords: false,
            canUpdateObjectRecords: null,
            canSoftDeleteObjectRecords: null,
            canDestroyObjectRecords: null,
          },
        },
      }),
    });

    for (const target of [context.target('company'), support.target('note')]) {
      await expectQueryError(
        () => parseFilter(target, { targets: { companyId: { eq: A } } }),
        TwentyMcpExceptionCode.INVALID_ARGUMENT,
        /Unknown field "targets"/,
      );
    }
  });
});
