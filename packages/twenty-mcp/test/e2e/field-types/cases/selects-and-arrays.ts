import { type FieldCase } from '../utils/field-case';

// Selects, multi-selects, ratings and arrays.
export const SELECT_AND_ARRAY_CASES: FieldCase[] = [
  {
    object: 'subscription',
    field: 'plan',
    type: 'SELECT',
    created: 'SCALE',
    update: 'ENTERPRISE',
    filters: [
      {
        filter: { in: ['ENTERPRISE', 'GROWTH'] },
        sql: `"plan" IN ('ENTERPRISE', 'GROWTH')`,
      },
      { filter: { neq: 'STARTER' }, sql: `"plan" <> 'STARTER'` },
    ],
    leaf: { column: '"plan"' },
    sortable: true,
    invalid: [
      {
        value: 'GOLD',
        message: /"plan" must be one of: STARTER, GROWTH, SCALE, ENTERPRISE/,
      },
      { value: null, message: /"plan" cannot be null/ },
    ],
  },
  {
    object: 'subscription',
    field: 'addOns',
    type: 'MULTI_SELECT',
    // An option is selected or not: duplicates collapse.
    created: ['SSO', 'SANDBOX', 'SSO'],
    read: ['SSO', 'SANDBOX'],
    update: ['API_ACCESS'],
    filters: [
      {
        filter: { containsAny: ['API_ACCESS', 'AUDIT_LOG'] },
        sql: `"addOns"::text[] && ARRAY['API_ACCESS', 'AUDIT_LOG']`,
      },
      { filter: { isEmptyArray: false }, sql: `cardinality("addOns") > 0` },
      {
        filter: { isEmptyArray: true },
        sql: `"addOns" IS NULL OR cardinality("addOns") = 0`,
        matches: false,
      },
    ],
    leaf: { column: '"addOns"' },
    sortable: false,
    stored: {
      created: { '"addOns"::text[]': ['SSO', 'SANDBOX'] },
      updated: { '"addOns"::text[]': ['API_ACCESS'] },
    },
    invalid: [
      {
        value: ['SSO', 'NOPE'],
        message: /Each value of "addOns" must be one of: SSO, AUDIT_LOG/,
      },
      { value: 'SSO', message: /"addOns" must be an array/ },
    ],
  },
  {
    object: 'subscription',
    field: 'healthScore',
    type: 'RATING',
    created: 'RATING_4',
    update: 'RATING_2',
    filters: [
      // Ratings compare by rank.
      {
        filter: { lt: 'RATING_3' },
        sql: `"healthScore" IN ('RATING_1', 'RATING_2')`,
      },
      {
        filter: { gte: 'RATING_2', lte: 'RATING_2' },
        sql: `"healthScore" = 'RATING_2'`,
      },
    ],
    leaf: { column: '"healthScore"' },
    sortable: true,
    invalid: [
      {
        value: 'RATING_6',
        message:
          /"healthScore" must be one of: RATING_1, RATING_2, RATING_3, RATING_4, RATING_5/,
      },
      { value: 4, message: /"healthScore" must be one of: RATING_1/ },
    ],
  },
  {
    object: 'subscription',
    field: 'tags',
    type: 'ARRAY',
    created: ['alpha', 'beta'],
    update: ['Gamma-ray', 'delta'],
    filters: [
      {
        filter: { containsIlike: '%gamma%' },
        sql: `EXISTS (SELECT 1 FROM unnest("tags") AS t WHERE t ILIKE '%gamma%')`,
      },
      {
        filter: { containsAny: ['delta', 'zeta'] },
        sql: `"tags" && ARRAY['delta', 'zeta']`,
      },
      { filter: { isEmptyArray: false }, sql: `cardinality("tags") > 0` },
    ],
    leaf: { column: '"tags"' },
    sortable: false,
    invalid: [
      { value: [1], message: /Each value of "tags" must be a string/ },
      { value: 'alpha', message: /"tags" must be an array/ },
    ],
  },
  {
    object: 'supportTicket',
    field: 'priority',
    type: 'SELECT',
    created: 'HIGH',
    update: 'URGENT',
    filters: [{ filter: { eq: 'URGENT' }, sql: `"priority" = 'URGENT'` }],
    leaf: { column: '"priority"' },
    sortable: true,
    invalid: [
      {
        value: 'CRITICAL',
        message: /"priority" must be one of: LOW, MEDIUM, HIGH, URGENT/,
      },
      { value: null, message: /"priority" cannot be null/ },
    ],
  },
  {
    object: 'supportTicket',
    field: 'channel',
    type: 'SELECT',
    created: 'EMAIL',
    // A nullable field can be cleared.
    update: null,
    filters: [{ filter: { is: 'NULL' }, sql: `"channel" IS NULL` }],
    leaf: { column: '"channel"' },
    sortable: true,
    invalid: [{ value: 'FAX', message: /"channel" must be one of: EMAIL/ }],
  },
  {
    object: 'supportTicket',
    field: 'satisfaction',
    type: 'RATING',
    created: 'RATING_5',
    update: 'RATING_3',
    filters: [
      {
        filter: { gt: 'RATING_2', lt: 'RATING_4' },
        sql: `"satisfaction" = 'RATING_3'`,
      },
      {
        filter: { neq: 'RATING_5' },
        sql: `"satisfaction" <> 'RATING_5'`,
      },
    ],
    leaf: { column: '"satisfaction"' },
    sortable: true,
    invalid: [{ value: 'RATING_0', message: /"satisfaction" must be one of/ }],
  },
];
