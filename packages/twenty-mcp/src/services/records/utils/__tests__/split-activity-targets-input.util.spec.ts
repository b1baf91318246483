import { TwentyMcpExceptionCode } from '../../../../domain/exceptions/twenty-mcp-exception-code.enum';
import { buildQueryTestContext } from '../../../../../test/services/records/utils/build-query-test-context.util';
import { expectQueryError } from '../../../../../test/services/records/utils/expect-query-error.util';
import { splitActivityTargetsInput } from '../split-activity-targets-input.util';

const A = '5C4AF49E-3CA2-5DB7-923A-BB8C488E831A';
const B = 'fa57f55e-e74f-5f77-b79d-229cedc2324d';

describe('splitActivityTargetsInput', () => {
  const context = buildQueryTestContext();
  const note = context.target('note');

  it('should take `targets` out of a note input, ids lower-cased, order and repeats kept', () => {
    expect(
      splitActivityTargetsInput(note, {
        title: 'Call',
        targets: [
          { object: 'company', id: A },
          { object: 'supportTicket', id: B },
          { id: A, object: 'company' },
        ],
      }),
    ).toEqual({
      fields: { title: 'Call' },
      targets: [
        { objectName: 'company', id: A.toLowerCase() },
        { objectName: 'supportTicket', id: B },
        { objectName: 'company', id: A.toLowerCase() },
      ],
    });
    expect(splitActivityTargetsInput(note, { targets: [] })).toEqual({
      fields: {},
      targets: [],
    });
  });

  it('should leave inputs without targets, and objects without links, as they are', () => {
    const input = { title: 'Call' };
    const person = { jobTitle: 'CTO', targets: [] };

    expect(splitActivityTargetsInput(note, input)).toEqual({
      fields: input,
      targets: undefined,
    });
    expect(splitActivityTargetsInput(context.target('person'), person)).toEqual(
      { fields: person, targets: undefined },
    );
    expect(splitActivityTargetsInput(note, 'not a record')).toEqual({
      fields: 'not a record',
      targets: undefined,
    });
  });

  it.each([
    [
      { object: 'company', id: A },
      /"targets" takes an array of \{ "object": <person \| company \| opportunity \| subscription \| supportTicket>/,
    ],
    [
      [{ object: 'note', id: A }],
      /^targets\[0\]\.object must be one of person, company, opportunity, subscription, supportTicket$/,
    ],
    [
      [
        { object: 'company', id: A },
        { object: 'company', id: 'acme' },
      ],
      /^targets\[1\]\.id "acme" is not a record id \(uuid\)$/,
    ],
    [
      [{ object: 'company', id: A, label: 'Acme' }],
      /^targets\[0\] must be \{ "object"/,
    ],
    [[A], /^targets\[0\] must be/],
  ])('should refuse %j', async (targets, message) => {
    await expectQueryError(
      () => splitActivityTargetsInput(note, { targets }),
      TwentyMcpExceptionCode.INVALID_ARGUMENT,
      message,
    );
  });

  it('should refuse more than 20 links', async () => {
    await expectQueryError(
      () =>
        splitActivityTargetsInput(note, {
          targets: Array.from({ length: 21 }, () => ({
            object: 'company',
            id: A,
          })),
        }),
      TwentyMcpExceptionCode.LIMIT_EXCEEDED,
      /at most 20 links/,
    );
  });

  it('should offer only readable target objects, and refuse links to a role that may not change them', async () => {
    const support = buildQueryTestContext({
      role: ({ objectId }) => ({
        objectOverrides: {
          [objectId('opportunity')]: {
            canReadObjectRecords: false,
            canUpdateObjectRecords: false,
            canSoftDeleteObjectRecords: false,
            canDestroyObjectRecords: false,
          },
        },
      }),
    });
    const readOnlyLinks = buildQueryTestContext({
      role: ({ objectId }) => ({
        objectOverrides: {
          [objectId('noteTarget')]: {
            canReadObjectRecords: null,
            canUpdateObjectRecords: false,
            canSoftDeleteObjectRecords: null,
            canDestroyObjectRecords: null,
          },
        },
      }),
    });

    await expectQueryError(
      () =>
        splitActivityTargetsInput(support.target('note'), {
          targets: [{ object: 'opportunity', id: A }],
        }),
      TwentyMcpExceptionCode.INVALID_ARGUMENT,
      /must be one of person, company, subscription, supportTicket$/,
    );
    await expectQueryError(
      () =>
        splitActivityTargetsInput(readOnlyLinks.target('note'), {
          targets: [],
        }),
      TwentyMcpExceptionCode.INVALID_ARGUMENT,
      'Your role may not change "targets" on note',
    );
  });
});
