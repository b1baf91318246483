import { FieldMetadataType } from '@twenty-mcp/twenty-layout';

import { buildQueryTestContext } from '../../../../../../test/services/records/utils/build-query-test-context.util';
import { expectQueryError } from '../../../../../../test/services/records/utils/expect-query-error.util';
import {
  PERSON_INPUT,
  SUBSCRIPTION_INPUT,
} from '../../../../../../test/services/records/utils/full-record-inputs.const';
import { TwentyMcpExceptionCode } from '../../../../../domain/exceptions/twenty-mcp-exception-code.enum';
import { type QueryTarget } from '../../../../../domain/records/types/query-target.type';
import { type FieldSchema } from '../../../../../domain/workspace/types/workspace-schema.type';
import { getFieldApiKey } from '../../../../../domain/workspace/utils/get-field-api-key.util';
import { encodeRecordInput } from '../../../../../services/records/utils/encode-record-input.util';
import { toApiRecord } from '../../../../../services/records/utils/to-api-record.util';
import { type DbRow } from '../../types/db-row.type';
import { type EncodedRecord } from '../../types/encoded-record.type';
import { decodeStoredRows } from '../decode-stored-rows.util';
import { encodeStoredRecord } from '../encode-stored-record.util';

const context = buildQueryTestContext();
const COMPANY_ID = '3f9b0ec1-85c4-511a-8963-16e5b63bae40';

// What pg hands back for the values we bound: jsonb parsed, timestamptz as
// a Date, float8 as a number, numeric / text / enums as strings.
const toDbRow = ({ columns }: EncodedRecord): DbRow =>
  Object.fromEntries(
    columns.map(({ column, kind, value }) => {
      if (value === null) {
        return [column, null];
      }

      switch (kind) {
        case 'JSON':
          return [column, JSON.parse(String(value))];
        case 'DATE_TIME':
          return [column, new Date(String(value))];
        default:
          return [column, value];
      }
    }),
  );

// A row as the back-end reads it → the API record the service returns.
const decodeRow = (fields: readonly FieldSchema[], row: DbRow) =>
  toApiRecord(fields, decodeStoredRows(fields, [row])[0]);

// API input → stored values (service) → columns (back-end) → a row as pg
// returns it → stored record (back-end) → API record (service).
const roundTrip = async (
  target: QueryTarget,
  input: Record<string, unknown>,
) => {
  const encoded = encodeStoredRecord(
    target.object,
    await encodeRecordInput({ ...target, input, mode: 'create' }),
  );
  const fields = target.object.fields.filter((field) =>
    Object.keys(input).includes(getFieldApiKey(field)),
  );

  return decodeRow(fields, { id: 'x', ...toDbRow(encoded) });
};

describe('encodeRecordInput + encodeStoredRecord + decodeStoredRows + toApiRecord', () => {
  it('should round trip every writable field type of subscription', async () => {
    const input = { ...SUBSCRIPTION_INPUT, companyId: COMPANY_ID };
    const types = new Set(
      context
        .target('subscription')
        .object.fields.filter((field) =>
          Object.keys(input).includes(getFieldApiKey(field)),
        )
        .map((field) => field.type),
    );

    expect(types).toEqual(
      new Set([
        FieldMetadataType.TEXT,
        FieldMetadataType.SELECT,
        FieldMetadataType.MULTI_SELECT,
        FieldMetadataType.NUMBER,
        FieldMetadataType.NUMERIC,
        FieldMetadataType.CURRENCY,
        FieldMetadataType.DATE,
        FieldMetadataType.DATE_TIME,
        FieldMetadataType.BOOLEAN,
        FieldMetadataType.UUID,
        FieldMetadataType.RATING,
        FieldMetadataType.FULL_NAME,
        FieldMetadataType.EMAILS,
        FieldMetadataType.PHONES,
        FieldMetadataType.ADDRESS,
        FieldMetadataType.LINKS,
        FieldMetadataType.RICH_TEXT,
        FieldMetadataType.ARRAY,
        FieldMetadataType.RAW_JSON,
        FieldMetadataType.RELATION,
      ]),
    );
    expect(await roundTrip(context.target('subscription'), input)).toEqual({
      id: 'x',
      ...input,
    });
  });

  it('should round trip person fields and a morph relation', async () => {
    const input = { ...PERSON_INPUT, companyId: COMPANY_ID };

    expect(await roundTrip(context.target('person'), input)).toEqual({
      id: 'x',
      ...input,
    });
    expect(
      await roundTrip(context.target('supportTicket'), {
        aboutCompanyId: COMPANY_ID,
        satisfaction: 'RATING_5',
      }),
    ).toEqual({
      id: 'x',
      aboutCompanyId: COMPANY_ID,
      satisfaction: 'RATING_5',
    });
  });

  it('should round trip nulls', async () => {
    const input = {
      seats: null,
      usageUnits: null,
      renewsAt: null,
      startsOn: null,
      healthScore: null,
      terms: null,
      externalMetadata: null,
      companyId: null,
      monthlyRecurringRevenue: { amount: null, currencyCode: null },
    };

    expect(await roundTrip(context.target('subscription'), input)).toEqual({
      id: 'x',
      ...input,
    });
  });
});

describe('decodeStoredRows + toApiRecord', () => {
  const subscription = context.target('subscription').object;
  const fields = (...names: string[]) =>
    subscription.fields.filter((field) => names.includes(field.name));

  it('should decode system and read-only types', () => {
    expect(
      decodeRow(
        fields(
          'id',
          'createdAt',
          'createdBy',
          'contracts',
          'position',
          'searchVector',
          'supportTickets',
        ),
        {
          id: 'a',
          createdAt: new Date('2026-07-25T00:00:00.123Z'),
          createdBySource: 'MANUAL',
          createdByWorkspaceMemberId: 'm',
          createdByName: 'Jordan Lee',
          createdByContext: { secret: true },
          contracts: [
            { fileId: 'f', label: 'order-form.pdf', extension: 'pdf' },
          ],
          position: 3,
          searchVector: "'x':1",
        },
      ),
    ).toEqual({
      id: 'a',
      createdAt: '2026-07-25T00:00:00.123Z',
      createdBy: {
        source: 'MANUAL',
        workspaceMemberId: 'm',
        name: 'Jordan Lee',
      },
      contracts: [{ fileId: 'f', label: 'order-form.pdf', extension: 'pdf' }],
    });
  });

  it('should give empty lists, not null, for list types', () => {
    expect(
      decodeRow(fields('addOns', 'tags', 'contracts', 'billingEmails'), {
        id: 'a',
        addOns: null,
        tags: null,
        contracts: null,
        billingEmailsPrimaryEmail: null,
        billingEmailsAdditionalEmails: null,
      }),
    ).toEqual({
      id: 'a',
      addOns: [],
      tags: [],
      contracts: [],
      billingEmails: { primaryEmail: null, additionalEmails: [] },
    });
  });

  it('should convert micros, numeric text and dates exactly', () => {
    expect(
      decodeRow(
        fields(
          'monthlyRecurringRevenue',
          'usageUnits',
          'seats',
          'startsOn',
          'billingAddress',
        ),
        {
          id: 'a',
          monthlyRecurringRevenueAmountMicros: '211199000001',
          monthlyRecurringRevenueCurrencyCode: 'USD',
          usageUnits: '32832.486000',
          seats: 21,
          // DATE columns are read as to_char(…, 'YYYY-MM-DD') text.
          startsOn: '2026-07-25',
          billingAddressAddressLat: '-33.8688',
          billingAddressAddressLng: null,
        },
      ),
    ).toMatchObject({
      monthlyRecurringRevenue: { amount: 211199.000001, currencyCode: 'USD' },
      usageUnits: '32832.486000',
      seats: 21,
      startsOn: '2026-07-25',
      billingAddress: {
        addressLat: -33.8688,
        addressLng: null,
        addressCity: null,
      },
    });
  });
});

describe('encodeStoredRecord', () => {
  const person = context.target('person').object;
  const subscription = context.target('subscription').object;

  it('should bind only the sub-columns a stored value carries', () => {
    expect(encodeStoredRecord(person, { name: { lastName: 'Smith' } })).toEqual(
      {
        columns: [
          {
            column: 'nameLastName',
            kind: 'TEXT',
            enumTypeName: null,
            value: 'Smith',
          },
        ],
      },
    );
  });

  it('should clear every sub-column of a cleared composite', () => {
    expect(
      encodeStoredRecord(subscription, {
        monthlyRecurringRevenue: { amountMicros: null, currencyCode: null },
      }).columns,
    ).toEqual([
      {
        column: 'monthlyRecurringRevenueAmountMicros',
        kind: 'CURRENCY_AMOUNT',
        enumTypeName: null,
        value: null,
      },
      {
        column: 'monthlyRecurringRevenueCurrencyCode',
        kind: 'TEXT',
        enumTypeName: null,
        value: null,
      },
    ]);
  });

  it('should bind rich text to its markdown and BlockNote columns, enums with their type', () => {
    const { columns } = encodeStoredRecord(subscription, {
      terms: { markdown: '**Net 30**', blocknote: '[]' },
      addOns: ['SSO'],
      externalMetadata: [1, { a: true }],
    });

    expect(
      columns.map(({ column, enumTypeName, value }) => [
        column,
        enumTypeName,
        value,
      ]),
    ).toEqual([
      ['termsMarkdown', null, '**Net 30**'],
      ['termsBlocknote', null, '[]'],
      ['addOns', '_subscription_addOns_enum', ['SSO']],
      // JSON goes as text: pg would turn a JS array into a PG array.
      ['externalMetadata', null, '[1,{"a":true}]'],
    ]);
  });

  it('should refuse a value the object does not store', async () => {
    await expectQueryError(
      () => encodeStoredRecord(person, { salary: 1 }),
      TwentyMcpExceptionCode.INTERNAL_ERROR,
      'No stored value "salary" on person',
    );
    await expectQueryError(
      () => encodeStoredRecord(person, { name: { middleName: 'x' } }),
      TwentyMcpExceptionCode.INTERNAL_ERROR,
      'No stored value "name.middleName" on person',
    );
  });
});
