import { buildFilterSchema } from '../build-filter-schema.util';
import { compileSchema } from './compile-schema.fixture';
import { demoObjectView } from './demo-object-view.fixture';

const UUID = '6d1f6f0e-2c1a-4f1e-9d55-0c4bb1d0a002';

// Per object: filters the grammar accepts, and filters it rejects (unknown
// or hidden field, wrong operator for the type, wrong operand).
const CASES: Record<string, { valid: unknown[]; invalid: unknown[] }> = {
  person: {
    valid: [
      { name: { lastName: { eq: 'Chen' } } },
      { emails: { primaryEmail: { ilike: '%@acme.example' } } },
      { emails: { additionalEmails: { is: 'NOT_NULL' } } },
      { phones: { primaryPhoneCountryCode: { in: ['FR', 'DE'] } } },
      { companyId: { in: [UUID] }, city: { startsWith: 'Par' } },
      { createdBy: { source: { eq: 'API' } } },
      { not: { or: [{ jobTitle: { is: 'NULL' } }, { id: { neq: UUID } }] } },
    ],
    invalid: [
      { nickname: { eq: 'x' } },
      { avatarUrl: { eq: 'x' } },
      { searchVector: { eq: 'x' } },
      { company: { eq: UUID } },
      { supportTickets: { is: 'NULL' } },
      { name: { eq: 'Chen' } },
      { name: { middleName: { eq: 'B' } } },
      { emails: { additionalEmails: { eq: 'x@y.z' } } },
      { companyId: { like: '%' } },
      { companyId: { eq: 'acme' } },
      { createdBy: { source: { eq: 'FAX' } } },
      { city: { is: 'EMPTY' } },
      { and: { city: { eq: 'Paris' } } },
    ],
  },
  company: {
    valid: [
      { employees: { gte: 10, lt: 500 } },
      { annualRecurringRevenue: { amount: { gt: 1250.5 } } },
      { address: { addressCity: { eq: 'Paris' }, addressLat: { gt: 48 } } },
      { idealCustomerProfile: { eq: true } },
      { accountOwnerId: { is: 'NULL' } },
    ],
    invalid: [
      { employees: { gt: 'ten' } },
      { employees: { gt: 10.5 } },
      { annualRecurringRevenue: { amountMicros: { gt: 1 } } },
      { idealCustomerProfile: { gt: true } },
      { domainName: { secondaryLinks: { like: '%x%' } } },
    ],
  },
  opportunity: {
    valid: [
      {
        and: [
          { stage: { in: ['PROPOSAL', 'MEETING'] } },
          { amount: { amount: { gt: 50000 } } },
          { closeDate: { lte: '2026-12-31T23:59:59Z' } },
          { closeDate: { gte: '2026-10-01' } },
          {
            or: [
              { name: { ilike: '%renewal%' } },
              { not: { companyId: { is: 'NULL' } } },
            ],
          },
        ],
      },
    ],
    invalid: [
      { stage: { in: ['WON'] } },
      { stage: { like: 'PRO%' } },
      { stage: { gt: 'NEW' } },
      { closeDate: { lte: '31/12/2026' } },
      { stage: { in: Array.from({ length: 201 }, () => 'NEW') } },
    ],
  },
  note: {
    valid: [
      { bodyV2: { ilike: '%renewal%' } },
      { title: { endsWith: 'notes' } },
    ],
    invalid: [{ bodyV2: { markdown: { ilike: '%x%' } } }, { noteTargets: {} }],
  },
  task: {
    valid: [{ status: { neq: 'DONE' }, dueAt: { lt: '2026-12-01T00:00:00Z' } }],
    invalid: [{ status: { eq: 'BLOCKED' } }, { assignee: { eq: UUID } }],
  },
  subscription: {
    valid: [
      { plan: { eq: 'SCALE' } },
      { addOns: { containsAny: ['SSO', 'SANDBOX'] } },
      { addOns: { isEmptyArray: false } },
      { tags: { containsIlike: '%eu%' } },
      { seats: { in: [10, 20] } },
      { usageUnits: { gt: '1000.5' } },
      { usageUnits: { lte: 2000 } },
      { startsOn: { gte: '2026-01-01' } },
      { healthScore: { gte: 'RATING_3' } },
      { externalMetadata: { is: 'NULL' } },
      { billingAccountId: { eq: UUID } },
      { monthlyRecurringRevenue: { currencyCode: { eq: 'USD' } } },
    ],
    invalid: [
      { plan: { eq: 'FREE' } },
      { addOns: { containsAny: ['SLA'] } },
      { addOns: { eq: ['SSO'] } },
      { tags: { eq: 'eu' } },
      { seats: { in: [1.5] } },
      { usageUnits: { gt: '1,5' } },
      { startsOn: { gte: '2026-01-01T00:00:00Z' } },
      { healthScore: { gte: 'RATING_9' } },
      { externalMetadata: { eq: {} } },
      { contracts: { is: 'NULL' } },
    ],
  },
  supportTicket: {
    valid: [
      { priority: { in: ['HIGH', 'URGENT'] }, isResolved: { eq: false } },
      { satisfaction: { lt: 'RATING_3' } },
      { aboutCompanyId: { eq: UUID } },
      { dueOn: { lt: '2026-12-01' } },
    ],
    invalid: [
      { priority: { eq: 'CRITICAL' } },
      { aboutCompany: { eq: UUID } },
      { channel: { in: ['FAX'] } },
    ],
  },
};

describe('buildFilterSchema', () => {
  it.each(Object.keys(CASES))(
    'should accept the filters a %s allows and reject the others',
    (objectName) => {
      const validate = compileSchema(
        buildFilterSchema(demoObjectView(objectName)),
      );

      for (const filter of CASES[objectName].valid) {
        expect({ filter, valid: validate(filter) }).toEqual({
          filter,
          valid: true,
        });
      }
      for (const filter of CASES[objectName].invalid) {
        expect({ filter, valid: validate(filter) }).toEqual({
          filter,
          valid: false,
        });
      }
    },
  );

  it('should recurse through and / or / not via $defs', () => {
    const schema = buildFilterSchema(demoObjectView('task'));

    expect(schema.$ref).toBe('#/$defs/taskFilter');
    expect(schema.$defs?.taskFilter.properties?.and).toEqual({
      type: 'array',
      items: { $ref: '#/$defs/taskFilter' },
    });
    expect(schema.$defs?.taskFilter.properties?.not).toEqual({
      $ref: '#/$defs/taskFilter',
    });
  });

  it('should carry only the shared defs it uses', () => {
    const defs = Object.keys(
      buildFilterSchema(demoObjectView('note')).$defs ?? {},
    ).sort();

    expect(defs).toEqual([
      'ActorFilter',
      'ActorSource',
      'DateTimeFilter',
      'TargetIdFilter',
      'TextFilter',
      'UuidFilter',
      'noteFilter',
    ]);
  });
});
