import { type FieldCase } from '../utils/field-case';

// Text, rich text, numbers, booleans, uuids and raw JSON.
export const TEXT_AND_NUMBER_CASES: FieldCase[] = [
  {
    object: 'subscription',
    field: 'name',
    type: 'TEXT',
    created: 'FT Name — Ünïcode ✓',
    update: 'FT renamed Nâme 100%',
    filters: [
      {
        filter: { ilike: '%renamed nâme%' },
        sql: `"name" ILIKE '%renamed nâme%'`,
      },
      {
        filter: { startsWith: 'FT renamed' },
        sql: `"name" LIKE 'FT renamed%'`,
      },
      // `%` is literal in endsWith, not a wildcard.
      { filter: { endsWith: 'e 100%' }, sql: `right("name", 6) = 'e 100%'` },
      {
        filter: { in: ['FT renamed Nâme 100%', 'nothing'] },
        sql: `"name" IN ('FT renamed Nâme 100%', 'nothing')`,
      },
      { filter: { neq: 'FT deleted' }, sql: `"name" <> 'FT deleted'` },
    ],
    leaf: { column: '"name"' },
    sortable: true,
    invalid: [{ value: 5, message: /"name" must be a string/ }],
  },
  {
    object: 'subscription',
    field: 'seats',
    type: 'NUMBER',
    created: 12,
    update: 250,
    filters: [
      {
        filter: { gte: 200, lt: 300 },
        sql: `"seats" >= 200 AND "seats" < 300`,
      },
      { filter: { in: [250, 251] }, sql: `"seats" IN (250, 251)` },
    ],
    leaf: { column: '"seats"' },
    sortable: true,
    invalid: [
      { value: 1.5, message: /"seats" must be an integer/ },
      { value: '3', message: /"seats" must be a number/ },
    ],
  },
  {
    object: 'subscription',
    field: 'discountRate',
    type: 'NUMBER',
    created: 0.125,
    update: 0.35,
    filters: [
      {
        filter: { gt: 0.3, lte: 0.35 },
        sql: `"discountRate" > 0.3 AND "discountRate" <= 0.35`,
      },
    ],
    leaf: { column: '"discountRate"' },
    sortable: true,
    invalid: [{ value: 'x', message: /"discountRate" must be a number/ }],
  },
  {
    object: 'subscription',
    field: 'usageUnits',
    type: 'NUMERIC',
    created: 1234.5,
    read: '1234.5',
    // More digits than a double holds: NUMERIC stays exact.
    update: '98765432109876543210.123456789',
    filters: [
      {
        filter: { gt: '98765432109876543210.1' },
        sql: `"usageUnits" > 98765432109876543210.1`,
      },
      {
        filter: { eq: '98765432109876543210.123456789' },
        sql: `"usageUnits" = 98765432109876543210.123456789`,
      },
    ],
    leaf: { column: '"usageUnits"' },
    sortable: true,
    stored: {
      created: { '"usageUnits"::text': '1234.5' },
      updated: { '"usageUnits"::text': '98765432109876543210.123456789' },
    },
    invalid: [
      { value: '12a', message: /"usageUnits" must be a number or a decimal/ },
      { value: true, message: /"usageUnits" must be a number or a decimal/ },
    ],
  },
  {
    object: 'subscription',
    field: 'autoRenew',
    type: 'BOOLEAN',
    created: false,
    update: true,
    filters: [
      { filter: { eq: true }, sql: `"autoRenew" = true` },
      { filter: { neq: false }, sql: `"autoRenew" <> false` },
    ],
    leaf: { column: '"autoRenew"' },
    sortable: true,
    invalid: [
      { value: 'yes', message: /"autoRenew" must be true or false/ },
      { value: null, message: /"autoRenew" cannot be null/ },
    ],
  },
  {
    object: 'subscription',
    field: 'billingAccountId',
    type: 'UUID',
    created: '8F14E45F-CEEA-467F-A0E6-1B0B7D2F5C11',
    read: '8f14e45f-ceea-467f-a0e6-1b0b7d2f5c11',
    update: '0b7d2f5c-1111-4a0e-9b6d-8f14e45fceea',
    filters: [
      {
        filter: { eq: '0B7D2F5C-1111-4A0E-9B6D-8F14E45FCEEA' },
        sql: `"billingAccountId" = '0b7d2f5c-1111-4a0e-9b6d-8f14e45fceea'`,
      },
    ],
    leaf: { column: '"billingAccountId"' },
    sortable: true,
    invalid: [
      { value: 'not-a-uuid', message: /"billingAccountId" must be a uuid/ },
    ],
  },
  {
    object: 'subscription',
    field: 'terms',
    type: 'RICH_TEXT',
    created:
      '# Terms\n\nPay **net 30** via [portal](https://p.test).\n\n- one\n- two',
    update: 'Plain *text*',
    filters: [
      { filter: { ilike: '%plain%' }, sql: `"termsMarkdown" ILIKE '%plain%'` },
      // Twenty's own spelling of a rich-text filter.
      {
        filter: { markdown: { startsWith: 'Plain' } },
        sql: `"termsMarkdown" LIKE 'Plain%'`,
      },
    ],
    leaf: { column: '"termsMarkdown"' },
    sortable: true,
    stored: {
      created: {
        '"termsMarkdown"':
          '# Terms\n\nPay **net 30** via [portal](https://p.test).\n\n- one\n- two',
      },
      updated: { '"termsMarkdown"': 'Plain *text*' },
    },
    invalid: [
      {
        value: { markdown: 'x' },
        message: /"terms" must be a markdown string/,
      },
    ],
  },
  {
    object: 'subscription',
    field: 'externalMetadata',
    type: 'RAW_JSON',
    created: { a: [1, 2, { b: null }], s: 'x' },
    update: [1, 'two', { three: 3 }],
    filters: [
      { filter: { is: 'NOT_NULL' }, sql: `"externalMetadata" IS NOT NULL` },
    ],
    leaf: { column: '"externalMetadata"' },
    sortable: false,
    stored: {
      created: { '"externalMetadata"': { a: [1, 2, { b: null }], s: 'x' } },
      updated: { '"externalMetadata"': [1, 'two', { three: 3 }] },
    },
    invalid: [{ value: { s: 'a\u0000b' }, message: /NUL character/ }],
  },
  {
    object: 'supportTicket',
    field: 'name',
    type: 'TEXT',
    created: 'FT ticket subject',
    update: 'FT ticket subject, edited',
    filters: [
      {
        filter: { like: 'FT ticket%edited' },
        sql: `"name" LIKE 'FT ticket%edited'`,
      },
    ],
    leaf: { column: '"name"' },
    sortable: true,
    invalid: [{ value: ['x'], message: /"name" must be a string/ }],
  },
  {
    object: 'supportTicket',
    field: 'details',
    type: 'RICH_TEXT',
    created: 'Cannot log in.\n\n1. open the app\n2. click **SSO**',
    update: '*Resolved* by resetting SSO',
    filters: [
      {
        filter: { ilike: '%resetting sso%' },
        sql: `"detailsMarkdown" ILIKE '%resetting sso%'`,
      },
    ],
    leaf: { column: '"detailsMarkdown"' },
    sortable: true,
    invalid: [{ value: 42, message: /"details" must be a markdown string/ }],
  },
  {
    object: 'supportTicket',
    field: 'isResolved',
    type: 'BOOLEAN',
    created: true,
    update: false,
    filters: [
      { filter: { eq: false }, sql: `"isResolved" = false` },
      { filter: { in: [false] }, sql: `"isResolved" IN (false)` },
    ],
    leaf: { column: '"isResolved"' },
    sortable: true,
    invalid: [{ value: 1, message: /"isResolved" must be true or false/ }],
  },
];
