import { fullAccessRole } from '../../../../../test/fixtures/demo-workspace-schema.fixture';
import { buildRecordOutputSchema } from '../build-record-output-schema.util';
import { compileSchema } from './compile-schema.fixture';
import { demoObjectView } from './demo-object-view.fixture';
import { DEMO_RECORDS } from './demo-records.fixture';

const DEMO_OBJECTS = Object.keys(DEMO_RECORDS);

// Per object: a change that breaks the record (wrong enum value, wrong
// type, wrong format, null where the field is not nullable).
const INVALID_CHANGES: Record<string, Record<string, unknown>[]> = {
  person: [
    { name: { firstName: 3 } },
    { createdBy: { source: 'FAX', workspaceMemberId: null, name: 'x' } },
    { companyId: 'not-a-uuid' },
    { emails: { primaryEmail: 'a@b.c', additionalEmails: 'x@y.z' } },
  ],
  company: [
    { employees: 12.5 },
    { address: { addressLat: '48.8' } },
    { annualRevenue: { amountMicros: 1000000 } },
    { idealCustomerProfile: 'yes' },
  ],
  opportunity: [
    { stage: 'WON' },
    { stage: null },
    { amount: { amount: '50000', currencyCode: 'EUR' } },
    { closeDate: '2026-12-31' },
  ],
  note: [
    { bodyV2: { blocknote: '[]', markdown: '# Call' } },
    { targets: [{ object: 'company', id: 'acme', label: 'Acme' }] },
    {
      targets: [
        { object: 'company', id: '6d1f6f0e-2c1a-4f1e-9d55-0c4bb1d0a002' },
      ],
    },
  ],
  task: [{ status: 'BLOCKED' }, { dueAt: 'tomorrow' }],
  subscription: [
    { plan: 'FREE' },
    { addOns: ['SSO', 'SLA'] },
    { seats: 40.5 },
    { usageUnits: 1234.567 },
    { usageUnits: '12,5' },
    { startsOn: '2026-01-01T00:00:00Z' },
    { healthScore: 'RATING_6' },
    { tags: [1, 2] },
    { contracts: [{ fileId: 'x' }] },
  ],
  supportTicket: [
    { priority: null },
    { priority: 'CRITICAL' },
    { dueOn: '27/11/2026' },
    { satisfaction: 5 },
  ],
};

describe('buildRecordOutputSchema', () => {
  it.each(DEMO_OBJECTS)(
    'should accept a real %s record and every partial selection',
    (objectName) => {
      const validate = compileSchema(
        buildRecordOutputSchema(demoObjectView(objectName)),
      );
      const record = DEMO_RECORDS[objectName];

      expect(validate(record)).toBe(true);
      expect(validate({ id: record.id })).toBe(true);
      for (const key of Object.keys(record)) {
        expect(validate({ id: record.id, [key]: record[key] })).toBe(true);
      }
    },
  );

  it.each(DEMO_OBJECTS)(
    'should reject a %s record with a wrong value, an unknown or never-shown key, or no id',
    (objectName) => {
      const validate = compileSchema(
        buildRecordOutputSchema(demoObjectView(objectName)),
      );
      const record = DEMO_RECORDS[objectName];
      const { id: _id, ...withoutId } = record;

      for (const change of INVALID_CHANGES[objectName]) {
        expect({ change, valid: validate({ ...record, ...change }) }).toEqual({
          change,
          valid: false,
        });
      }
      expect(validate({ ...record, nickname: 'x' })).toBe(false);
      expect(validate({ ...record, position: 1 })).toBe(false);
      expect(validate({ ...record, searchVector: 'x' })).toBe(false);
      expect(validate(withoutId)).toBe(false);
    },
  );

  it('should describe fields from metadata and currency amounts in units', () => {
    const schema = buildRecordOutputSchema(demoObjectView('company'));

    expect(schema.properties?.annualRecurringRevenue).toEqual({
      $ref: '#/$defs/Currency',
      description:
        'ARR — Annual Recurring Revenue: The actual or estimated annual revenue of the company',
    });
    expect(schema.$defs?.Currency.properties?.amount.description).toMatch(
      /currency units.*not micros/,
    );
    expect(schema.properties?.accountOwnerId).toEqual({
      type: ['string', 'null'],
      format: 'uuid',
      description:
        'Your team member responsible for managing the company account (workspaceMember id)',
    });
  });

  it('should type NUMBER as integer by its settings and SELECT / RATING as enums', () => {
    const subscription = buildRecordOutputSchema(
      demoObjectView('subscription'),
    ).properties;

    expect(subscription?.seats.type).toEqual(['integer', 'null']);
    expect(subscription?.discountRate.type).toEqual(['number', 'null']);
    expect(subscription?.plan).toMatchObject({
      type: 'string',
      enum: ['STARTER', 'GROWTH', 'SCALE', 'ENTERPRISE'],
    });
    expect(subscription?.healthScore.enum).toEqual([
      'RATING_1',
      'RATING_2',
      'RATING_3',
      'RATING_4',
      'RATING_5',
      null,
    ]);
    expect(subscription?.addOns.description).toBe(
      'Paid add-ons enabled on the subscription. SSO = Single sign-on',
    );
  });

  it('should leave out system fields other than the standard ones', () => {
    const properties = Object.keys(
      buildRecordOutputSchema(demoObjectView('person')).properties ?? {},
    );

    expect(properties).not.toContain('avatarUrl');
    expect(properties).not.toContain('avatarFile');
    expect(properties).not.toContain('position');
    expect(properties).not.toContain('searchVector');
    expect(properties.slice(0, 2)).toEqual(['id', 'name']);
    expect(properties.slice(-5)).toEqual([
      'createdAt',
      'updatedAt',
      'deletedAt',
      'createdBy',
      'updatedBy',
    ]);
  });

  it('should not offer expansion of relations to objects the caller cannot read', () => {
    const base = demoObjectView('company', fullAccessRole());
    const readableObjectNames = new Set(
      [...(base.readableObjectNames ?? [])].filter(
        (name) => name !== 'workspaceMember',
      ),
    );
    const schema = buildRecordOutputSchema({ ...base, readableObjectNames });

    expect(schema.properties?.accountOwnerId).toBeDefined();
    expect(schema.properties?.accountOwner).toBeUndefined();
    expect(schema.properties?.people).toBeDefined();
  });
});
