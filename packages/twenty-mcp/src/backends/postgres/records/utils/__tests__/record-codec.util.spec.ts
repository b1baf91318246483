import { FieldMetadataType } from '@twenty-mcp/twenty-layout';

import { buildQueryTestContext } from '../../../../../../test/query/utils/build-query-test-context.util';
import {
  PERSON_INPUT,
  SUBSCRIPTION_INPUT,
} from '../../../../../../test/query/utils/full-record-inputs.const';
import { type DbRow } from '../../../../../domain/records/types/db-row.type';
import { type EncodedRecord } from '../../../../../domain/records/types/encoded-record.type';
import { type QueryTarget } from '../../../../../domain/records/types/query-target.type';
import { decodeRecordRow } from '../decode-record-row.util';
import { encodeRecordInput } from '../../../../../services/records/utils/encode-record-input.util';
import { getFieldApiKey } from '../../../../../domain/workspace/utils/get-field-api-key.util';

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

const roundTrip = async (
  target: QueryTarget,
  input: Record<string, unknown>,
) => {
  const encoded = await encodeRecordInput({ ...target, input, mode: 'create' });
  const fields = target.object.fields.filter((field) =>
    Object.keys(input).includes(getFieldApiKey(field)),
  );

  return decodeRecordRow(fields, { id: 'x', ...toDbRow(encoded) });
};

describe('encodeRecordInput + decodeRecordRow', () => {
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

describe('decodeRecordRow', () => {
  const subscription = context.target('subscription').object;
  const fields = (...names: string[]) =>
    subscription.fields.filter((field) => names.includes(field.name));

  it('should decode system and read-only types', () => {
    expect(
      decodeRecordRow(
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
      decodeRecordRow(fields('addOns', 'tags', 'contracts', 'billingEmails'), {
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
      decodeRecordRow(
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
          startsOn: new Date('2026-07-25T00:00:00.000Z'),
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
