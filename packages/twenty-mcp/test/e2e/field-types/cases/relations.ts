import { type FieldCase, type Fixtures, MISSING_ID } from '../utils/field-case';

// Relations and morph relations, by their `<relation>Id` key.
export const RELATION_CASES: FieldCase[] = [
  {
    object: 'subscription',
    field: 'companyId',
    type: 'RELATION',
    created: (fixtures: Fixtures) => fixtures.companyIds[0],
    update: (fixtures: Fixtures) => fixtures.companyIds[1],
    filters: ({ companyIds: [first, second] }) => [
      { filter: { eq: second }, sql: `"companyId" = '${second}'` },
      {
        filter: { in: [first, second] },
        sql: `"companyId" IN ('${first}', '${second}')`,
      },
      {
        filter: { neq: first },
        sql: `"companyId" <> '${first}'`,
      },
    ],
    leaf: { column: '"companyId"' },
    sortable: false,
    invalid: [
      { value: 'not-a-uuid', message: /"companyId" must be a uuid/ },
      {
        value: MISSING_ID,
        message:
          /"companyId" is 00000000-0000-4000-8000-000000000000, but no company has that id/,
      },
    ],
  },
  {
    object: 'supportTicket',
    field: 'subscriptionId',
    type: 'RELATION',
    created: (fixtures: Fixtures) => fixtures.subscriptionIds[0],
    update: (fixtures: Fixtures) => fixtures.subscriptionIds[1],
    filters: ({ subscriptionIds: [, second] }) => [
      { filter: { eq: second }, sql: `"subscriptionId" = '${second}'` },
    ],
    leaf: { column: '"subscriptionId"' },
    sortable: false,
    invalid: [
      {
        value: MISSING_ID,
        message:
          /"subscriptionId" is 00000000-0000-4000-8000-000000000000, but no subscription has that id/,
      },
    ],
  },
  {
    object: 'supportTicket',
    field: 'requesterId',
    type: 'RELATION',
    created: (fixtures: Fixtures) => fixtures.personIds[0],
    update: (fixtures: Fixtures) => fixtures.personIds[1],
    filters: ({ personIds: [, second] }) => [
      { filter: { eq: second }, sql: `"requesterId" = '${second}'` },
      { filter: { is: 'NOT_NULL' }, sql: `"requesterId" IS NOT NULL` },
    ],
    leaf: { column: '"requesterId"' },
    sortable: false,
    invalid: [
      {
        value: MISSING_ID,
        message:
          /"requesterId" is 00000000-0000-4000-8000-000000000000, but no person has that id/,
      },
    ],
  },
  {
    object: 'supportTicket',
    field: 'aboutCompanyId',
    type: 'MORPH_RELATION',
    created: (fixtures: Fixtures) => fixtures.companyIds[0],
    update: (fixtures: Fixtures) => fixtures.companyIds[1],
    filters: ({ companyIds: [, second] }) => [
      { filter: { eq: second }, sql: `"aboutCompanyId" = '${second}'` },
    ],
    leaf: { column: '"aboutCompanyId"' },
    sortable: false,
    invalid: [
      { value: 'company', message: /"aboutCompanyId" must be a uuid/ },
      {
        value: MISSING_ID,
        message:
          /"aboutCompanyId" is 00000000-0000-4000-8000-000000000000, but no company has that id/,
      },
    ],
  },
  {
    object: 'supportTicket',
    field: 'aboutOpportunityId',
    type: 'MORPH_RELATION',
    created: (fixtures: Fixtures) => fixtures.opportunityIds[0],
    update: (fixtures: Fixtures) => fixtures.opportunityIds[1],
    filters: ({ opportunityIds: [, second] }) => [
      { filter: { eq: second }, sql: `"aboutOpportunityId" = '${second}'` },
    ],
    leaf: { column: '"aboutOpportunityId"' },
    sortable: false,
    invalid: [
      {
        value: MISSING_ID,
        message:
          /"aboutOpportunityId" is 00000000-0000-4000-8000-000000000000, but no opportunity has that id/,
      },
    ],
  },
];
