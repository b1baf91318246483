import {
  Client,
  StreamableHTTPClientTransport,
} from '@modelcontextprotocol/client';
import {
  DEMO_WORKSPACE,
  SUBSCRIPTION_OBJECT,
  SUPPORT_TICKET_OBJECT,
} from '@twenty-mcp/twenty-db';
import { Client as PgClient } from 'pg';

import { demoTokens } from './utils/demo-tokens';
import { startTestServer, type TestServer } from './utils/start-test-server';

// Every field type of the demo workspace's custom objects, through the MCP
// tools over HTTP with the official SDK client: create → get → update →
// filter → sort, each checked against what PostgreSQL holds.

type ApiRecord = { id: string } & Record<string, unknown>;
type RecordsResult = { records: ApiRecord[] };
type FindResult = RecordsResult & {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount?: number;
};
type ToolResult = Awaited<ReturnType<Client['callTool']>>;
type DescribedField = {
  name: string;
  type: string;
  writable: boolean;
  sortable: boolean;
  integer?: boolean;
  relation?: { kind: string; object: string; idField?: string };
};
type ObjectName = 'subscription' | 'supportTicket';

type Fixtures = {
  companyIds: [string, string];
  personIds: [string, string];
  opportunityIds: [string, string];
  subscriptionIds: [string, string];
};

// A value, or one computed from seeded ids read at run time.
type Dynamic<T> = T | ((fixtures: Fixtures) => T);

type FieldCase = {
  object: ObjectName;
  // The API key: the field name, or `<relation>Id`.
  field: string;
  // As describe_object reports it.
  type: string;
  created: Dynamic<unknown>;
  // What get_records returns for `created` (default: `created`).
  read?: Dynamic<unknown>;
  update: Dynamic<unknown>;
  // What get_records returns after the update (default: `update`).
  updated?: Dynamic<unknown>;
  // Conditions under the field key, each with the same condition on the
  // physical columns; `matches: false` when the updated record is not
  // expected among the results.
  filters: Dynamic<{ filter: unknown; sql: string; matches?: boolean }[]>;
  // The column `is NULL` and orderBy address (a composite through one of
  // its sub-fields).
  leaf: { column: string; subField?: string };
  sortable: boolean;
  // Physical columns after create and after update (SQL expression → value).
  stored?: {
    created: Record<string, unknown>;
    updated: Record<string, unknown>;
  };
  invalid: Dynamic<{ value: unknown; message: RegExp }[]>;
};

const TABLES: Record<ObjectName, string> = {
  // Twenty prefixes the tables of custom objects with `_`.
  subscription: '_subscription',
  supportTicket: '_supportTicket',
};

const MISSING_ID = '00000000-0000-4000-8000-000000000000';

const resolve = <T>(value: Dynamic<T>, fixtures: Fixtures): T =>
  typeof value === 'function'
    ? (value as (fixtures: Fixtures) => T)(fixtures)
    : value;

const CASES: FieldCase[] = [
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
    field: 'monthlyRecurringRevenue',
    type: 'CURRENCY',
    created: { amount: 1250.5, currencyCode: 'EUR' },
    update: { amount: 99.99 },
    updated: { amount: 99.99, currencyCode: 'EUR' },
    filters: [
      {
        filter: { amount: { gt: 99.98, lt: 100 } },
        sql: `"monthlyRecurringRevenueAmountMicros" > 99980000 AND "monthlyRecurringRevenueAmountMicros" < 100000000`,
      },
      {
        filter: { currencyCode: { eq: 'EUR' } },
        sql: `"monthlyRecurringRevenueCurrencyCode" = 'EUR'`,
      },
    ],
    leaf: {
      column: '"monthlyRecurringRevenueAmountMicros"',
      subField: 'amount',
    },
    sortable: true,
    // Twenty stores micros; the API speaks units.
    stored: {
      created: {
        '"monthlyRecurringRevenueAmountMicros"::text': '1250500000',
        '"monthlyRecurringRevenueCurrencyCode"': 'EUR',
      },
      updated: {
        '"monthlyRecurringRevenueAmountMicros"::text': '99990000',
        '"monthlyRecurringRevenueCurrencyCode"': 'EUR',
      },
    },
    invalid: [
      {
        value: { amount: 'abc' },
        message:
          /"monthlyRecurringRevenue.amount" must be an amount in currency units/,
      },
      {
        value: { amount: 1.0000001 },
        message:
          /"monthlyRecurringRevenue.amount" has more than 6 decimal places/,
      },
      {
        value: { currencyCode: 'usd' },
        message:
          /"monthlyRecurringRevenue.currencyCode" must be an ISO 4217 code/,
      },
      {
        value: 5,
        message:
          /"monthlyRecurringRevenue" must be an object with: amount, currencyCode/,
      },
    ],
  },
  {
    object: 'subscription',
    field: 'startsOn',
    type: 'DATE',
    created: '2026-01-15',
    update: '2024-02-29',
    filters: [
      {
        filter: { gte: '2024-02-29', lt: '2024-03-01' },
        sql: `"startsOn" >= '2024-02-29' AND "startsOn" < '2024-03-01'`,
      },
      { filter: { eq: '2024-02-29' }, sql: `"startsOn" = '2024-02-29'` },
    ],
    leaf: { column: '"startsOn"' },
    sortable: true,
    stored: {
      created: { '"startsOn"::text': '2026-01-15' },
      updated: { '"startsOn"::text': '2024-02-29' },
    },
    invalid: [
      {
        value: '2026-02-30',
        message: /"startsOn" must be a date "YYYY-MM-DD"/,
      },
      {
        value: '2026-01-15T00:00:00Z',
        message: /"startsOn" must be a date "YYYY-MM-DD"/,
      },
    ],
  },
  {
    object: 'subscription',
    field: 'renewsAt',
    type: 'DATE_TIME',
    created: '2027-01-15T09:30:00+02:00',
    read: '2027-01-15T07:30:00.000Z',
    update: '2030-06-01T12:00:00.123Z',
    filters: [
      {
        filter: {
          gte: '2030-06-01T12:00:00.123Z',
          lt: '2030-06-01T12:00:00.124Z',
        },
        sql: `"renewsAt" >= '2030-06-01T12:00:00.123Z' AND "renewsAt" < '2030-06-01T12:00:00.124Z'`,
      },
      // A bare date is midnight UTC.
      {
        filter: { gt: '2030-01-01' },
        sql: `"renewsAt" > '2030-01-01T00:00:00Z'`,
      },
    ],
    leaf: { column: '"renewsAt"' },
    sortable: true,
    stored: {
      created: {
        [`to_char("renewsAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.MS')`]:
          '2027-01-15 07:30:00.000',
      },
      updated: {
        [`to_char("renewsAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.MS')`]:
          '2030-06-01 12:00:00.123',
      },
    },
    invalid: [
      {
        value: 'tomorrow',
        message: /"renewsAt" must be an ISO 8601 date-time/,
      },
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
    field: 'billingContact',
    type: 'FULL_NAME',
    created: { firstName: 'Ada', lastName: 'Lovelace' },
    update: { lastName: 'King' },
    updated: { firstName: 'Ada', lastName: 'King' },
    filters: [
      {
        filter: { lastName: { eq: 'King' }, firstName: { startsWith: 'Ad' } },
        sql: `"billingContactLastName" = 'King' AND "billingContactFirstName" LIKE 'Ad%'`,
      },
    ],
    leaf: { column: '"billingContactLastName"', subField: 'lastName' },
    sortable: true,
    stored: {
      created: {
        '"billingContactFirstName"': 'Ada',
        '"billingContactLastName"': 'Lovelace',
      },
      updated: {
        '"billingContactFirstName"': 'Ada',
        '"billingContactLastName"': 'King',
      },
    },
    invalid: [
      {
        value: { middleName: 'x' },
        message:
          /Unknown sub-field "middleName" of "billingContact". Use: firstName, lastName/,
      },
      {
        value: 'Ada King',
        message: /"billingContact" must be an object with: firstName, lastName/,
      },
    ],
  },
  {
    object: 'subscription',
    field: 'billingEmails',
    type: 'EMAILS',
    created: {
      primaryEmail: 'ada@ft.test',
      additionalEmails: ['ada.lovelace@ft.test'],
    },
    update: { additionalEmails: ['x@ft.test', 'y@ft.test'] },
    updated: {
      primaryEmail: 'ada@ft.test',
      additionalEmails: ['x@ft.test', 'y@ft.test'],
    },
    filters: [
      {
        filter: { primaryEmail: { endsWith: '@ft.test' } },
        sql: `"billingEmailsPrimaryEmail" LIKE '%@ft.test'`,
      },
      {
        filter: { additionalEmails: { is: 'NOT_NULL' } },
        sql: `"billingEmailsAdditionalEmails" IS NOT NULL`,
      },
    ],
    leaf: { column: '"billingEmailsPrimaryEmail"', subField: 'primaryEmail' },
    sortable: true,
    stored: {
      created: {
        '"billingEmailsPrimaryEmail"': 'ada@ft.test',
        '"billingEmailsAdditionalEmails"': ['ada.lovelace@ft.test'],
      },
      updated: {
        '"billingEmailsPrimaryEmail"': 'ada@ft.test',
        '"billingEmailsAdditionalEmails"': ['x@ft.test', 'y@ft.test'],
      },
    },
    invalid: [
      {
        value: { additionalEmails: 'x@ft.test' },
        message: /"billingEmails.additionalEmails" must be an array of strings/,
      },
      {
        value: { primaryEmail: 5 },
        message: /"billingEmails.primaryEmail" must be a string/,
      },
    ],
  },
  {
    object: 'subscription',
    field: 'billingPhones',
    type: 'PHONES',
    created: {
      primaryPhoneNumber: '612345678',
      primaryPhoneCountryCode: 'FR',
      primaryPhoneCallingCode: '+33',
      additionalPhones: [
        { number: '5550100', countryCode: 'US', callingCode: '+1' },
      ],
    },
    update: { primaryPhoneNumber: '699999999' },
    updated: {
      primaryPhoneNumber: '699999999',
      primaryPhoneCountryCode: 'FR',
      primaryPhoneCallingCode: '+33',
      additionalPhones: [
        { number: '5550100', countryCode: 'US', callingCode: '+1' },
      ],
    },
    filters: [
      {
        filter: {
          primaryPhoneCallingCode: { eq: '+33' },
          primaryPhoneNumber: { startsWith: '6999' },
        },
        sql: `"billingPhonesPrimaryPhoneCallingCode" = '+33' AND "billingPhonesPrimaryPhoneNumber" LIKE '6999%'`,
      },
    ],
    leaf: {
      column: '"billingPhonesPrimaryPhoneNumber"',
      subField: 'primaryPhoneNumber',
    },
    sortable: true,
    invalid: [
      {
        value: { additionalPhones: [{ num: '1' }] },
        message:
          /"billingPhones.additionalPhones" must be an array of \{ number, countryCode, callingCode \} objects/,
      },
    ],
  },
  {
    object: 'subscription',
    field: 'billingAddress',
    type: 'ADDRESS',
    created: {
      addressStreet1: '8 Rue de Rivoli',
      addressCity: 'Paris',
      addressPostcode: '75004',
      addressCountry: 'France',
      addressLat: 48.8556,
      addressLng: 2.3522,
    },
    read: {
      addressStreet1: '8 Rue de Rivoli',
      addressStreet2: null,
      addressCity: 'Paris',
      addressPostcode: '75004',
      addressState: null,
      addressCountry: 'France',
      addressLat: 48.8556,
      addressLng: 2.3522,
    },
    update: { addressCity: 'Lyon', addressLat: 45.764 },
    updated: {
      addressStreet1: '8 Rue de Rivoli',
      addressStreet2: null,
      addressCity: 'Lyon',
      addressPostcode: '75004',
      addressState: null,
      addressCountry: 'France',
      addressLat: 45.764,
      addressLng: 2.3522,
    },
    filters: [
      {
        filter: {
          addressLat: { gt: 45.7, lt: 45.8 },
          addressCity: { eq: 'Lyon' },
        },
        sql: `"billingAddressAddressLat" > 45.7 AND "billingAddressAddressLat" < 45.8 AND "billingAddressAddressCity" = 'Lyon'`,
      },
    ],
    leaf: { column: '"billingAddressAddressCity"', subField: 'addressCity' },
    sortable: true,
    invalid: [
      {
        value: { addressLat: 'north' },
        message:
          /"billingAddress.addressLat" must be a number or a decimal string/,
      },
    ],
  },
  {
    object: 'subscription',
    field: 'portalLinks',
    type: 'LINKS',
    created: {
      primaryLinkUrl: 'https://portal.ft.test',
      primaryLinkLabel: 'Portal',
      secondaryLinks: [{ url: 'https://status.ft.test', label: 'Status' }],
    },
    update: { primaryLinkLabel: 'Customer portal' },
    updated: {
      primaryLinkUrl: 'https://portal.ft.test',
      primaryLinkLabel: 'Customer portal',
      secondaryLinks: [{ url: 'https://status.ft.test', label: 'Status' }],
    },
    filters: [
      {
        filter: { primaryLinkUrl: { startsWith: 'https://portal.ft' } },
        sql: `"portalLinksPrimaryLinkUrl" LIKE 'https://portal.ft%'`,
      },
    ],
    leaf: { column: '"portalLinksPrimaryLinkUrl"', subField: 'primaryLinkUrl' },
    sortable: true,
    invalid: [
      {
        value: { secondaryLinks: [{ url: 1 }] },
        message:
          /"portalLinks.secondaryLinks" must be an array of \{ url, label \} objects/,
      },
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
  {
    object: 'supportTicket',
    field: 'openedAt',
    type: 'DATE_TIME',
    created: '2026-03-01T08:00:00Z',
    read: '2026-03-01T08:00:00.000Z',
    update: '2026-03-02T08:00:00.000Z',
    filters: [
      {
        filter: { gt: '2026-03-02T07:59:59Z', lte: '2026-03-02T08:00:00Z' },
        sql: `"openedAt" > '2026-03-02T07:59:59Z' AND "openedAt" <= '2026-03-02T08:00:00Z'`,
      },
      // A bare date is midnight UTC.
      {
        filter: { gte: '2026-03-02', lt: '2026-03-03' },
        sql: `"openedAt" >= '2026-03-02T00:00:00Z' AND "openedAt" < '2026-03-03T00:00:00Z'`,
      },
    ],
    leaf: { column: '"openedAt"' },
    sortable: true,
    invalid: [
      { value: null, message: /"openedAt" cannot be null/ },
      {
        value: '2026-13-01T00:00:00Z',
        message: /"openedAt" must be an ISO 8601 date-time/,
      },
    ],
  },
  {
    object: 'supportTicket',
    field: 'dueOn',
    type: 'DATE',
    created: '2026-03-10',
    update: '2026-03-31',
    filters: [
      {
        filter: { gt: '2026-03-30', lte: '2026-03-31' },
        sql: `"dueOn" > '2026-03-30' AND "dueOn" <= '2026-03-31'`,
      },
    ],
    leaf: { column: '"dueOn"' },
    sortable: true,
    invalid: [{ value: '31/03/2026', message: /"dueOn" must be a date/ }],
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

const ORDER_DIRECTIONS = [
  'AscNullsFirst',
  'AscNullsLast',
  'DescNullsFirst',
  'DescNullsLast',
] as const;

const toSqlOrder = (direction: (typeof ORDER_DIRECTIONS)[number]) =>
  `${direction.startsWith('Asc') ? 'ASC' : 'DESC'} ${direction.endsWith('NullsFirst') ? 'NULLS FIRST' : 'NULLS LAST'}`;

// `{ field: value }`, or `{ field: { subField: value } }` for a composite.
const atLeaf = (fieldCase: FieldCase, value: unknown) => ({
  [fieldCase.field]: fieldCase.leaf.subField
    ? { [fieldCase.leaf.subField]: value }
    : value,
});

const textOf = (result: ToolResult): string =>
  (result.content as { type: string; text?: string }[])
    .map((item) => item.text ?? '')
    .join('\n');

const connectClient = async (url: string, token: string): Promise<Client> => {
  const client = new Client({ name: 'field-types-e2e', version: '1.0.0' });

  await client.connect(
    new StreamableHTTPClientTransport(new URL(url), {
      requestInit: { headers: { Authorization: `Bearer ${token}` } },
    }),
  );

  return client;
};

const callTool = async <T = RecordsResult>(
  client: Client,
  name: string,
  args: Record<string, unknown>,
): Promise<T> => {
  const result = await client.callTool({ name, arguments: args });

  if (result.isError) {
    throw new Error(`${name} failed: ${textOf(result)}`);
  }

  return result.structuredContent as T;
};

const callToolError = async (
  client: Client,
  name: string,
  args: Record<string, unknown>,
): Promise<string> => {
  const result = await client.callTool({ name, arguments: args });

  if (!result.isError) {
    throw new Error(
      `${name} unexpectedly succeeded: ${JSON.stringify(result.structuredContent)}`,
    );
  }

  return textOf(result);
};

// Every record of a find, page after page.
const findAll = async (
  client: Client,
  args: Record<string, unknown>,
  pageSize = 100,
): Promise<ApiRecord[]> => {
  const records: ApiRecord[] = [];
  let after: string | null = null;

  for (let page = 0; page < 200; page += 1) {
    const result: FindResult = await callTool<FindResult>(
      client,
      'find_records',
      { ...args, limit: pageSize, ...(after ? { after } : {}) },
    );

    records.push(...result.records);

    if (!result.pageInfo.hasNextPage) {
      return records;
    }

    after = result.pageInfo.endCursor;
  }

  throw new Error('find_records did not stop paging');
};

const readFixtures = async (
  pg: PgClient,
  schema: string,
): Promise<Fixtures> => {
  const ids = async (table: string) => {
    const { rows } = await pg.query<{ id: string }>(
      `SELECT "id" FROM "${schema}"."${table}" WHERE "deletedAt" IS NULL ORDER BY "id" LIMIT 2`,
    );

    return [rows[0].id, rows[1].id] as [string, string];
  };

  return {
    companyIds: await ids('company'),
    personIds: await ids('person'),
    opportunityIds: await ids('opportunity'),
    subscriptionIds: await ids('_subscription'),
  };
};

const readWorkspaceSchema = async (pg: PgClient): Promise<string> => {
  const { rows } = await pg.query<{ databaseSchema: string }>(
    `SELECT "databaseSchema" FROM core."workspace" WHERE "id" = $1`,
    [DEMO_WORKSPACE.id],
  );

  return rows[0].databaseSchema;
};

describe('field types through the MCP tools (compact surface)', () => {
  let server: TestServer;
  let tokens: Record<string, string>;
  let admin: Client;
  let pg: PgClient;
  let schema: string;
  let fixtures: Fixtures;

  const table = (object: ObjectName) => `"${schema}"."${TABLES[object]}"`;

  const getRecord = async (object: ObjectName, id: string, extra = {}) => {
    const { records } = await callTool(admin, 'get_records', {
      object,
      ids: [id],
      ...extra,
    });

    expect(records).toHaveLength(1);

    return records[0];
  };

  const sqlIds = async (object: ObjectName, where: string) =>
    (
      await pg.query<{ id: string }>(
        `SELECT "id" FROM ${table(object)} WHERE "deletedAt" IS NULL AND (${where}) ORDER BY "id"`,
      )
    ).rows.map((row) => row.id);

  const findIds = async (
    object: ObjectName,
    args: Record<string, unknown>,
    pageSize?: number,
  ) =>
    (await findAll(admin, { object, fields: ['id'], ...args }, pageSize)).map(
      (record) => record.id,
    );

  const countRows = async (object: ObjectName) =>
    Number(
      (await pg.query(`SELECT count(*) AS "count" FROM ${table(object)}`))
        .rows[0].count,
    );

  const readColumns = async (
    object: ObjectName,
    id: string,
    expressions: string[],
  ) => {
    const { rows } = await pg.query(
      `SELECT ${expressions.map((expression, index) => `${expression} AS "c${index}"`).join(', ')} FROM ${table(object)} WHERE "id" = $1`,
      [id],
    );

    return Object.fromEntries(
      expressions.map((expression, index) => [
        expression,
        rows[0][`c${index}`],
      ]),
    );
  };

  beforeAll(async () => {
    server = await startTestServer();
    tokens = await demoTokens(server.database.databaseUrl);
    admin = await connectClient(server.url, tokens['MCP - admin']);
    pg = new PgClient({ connectionString: server.database.databaseUrl });
    await pg.connect();
    schema = await readWorkspaceSchema(pg);
    fixtures = await readFixtures(pg, schema);
  }, 60_000);

  afterAll(async () => {
    await admin?.close();
    await pg?.end();
    await server?.stopAll();
  }, 30_000);

  it('covers every field type the custom objects use, and every writable field', async () => {
    const described = await Promise.all(
      (['subscription', 'supportTicket'] as const).map((object) =>
        callTool<{ name: string; fields: DescribedField[] }>(
          admin,
          'describe_object',
          { object },
        ),
      ),
    );
    const types = new Set(
      described.flatMap(({ fields }) => fields.map((field) => field.type)),
    );

    expect([...types].sort()).toEqual(
      [
        'TEXT',
        'NUMBER',
        'NUMERIC',
        'BOOLEAN',
        'DATE',
        'DATE_TIME',
        'UUID',
        'SELECT',
        'MULTI_SELECT',
        'RATING',
        'CURRENCY',
        'FULL_NAME',
        'EMAILS',
        'PHONES',
        'LINKS',
        'ADDRESS',
        'ACTOR',
        'RICH_TEXT',
        'ARRAY',
        'RAW_JSON',
        'FILES',
        'RELATION',
        'MORPH_RELATION',
      ].sort(),
    );

    const caseKeys = CASES.map(({ object, field }) => `${object}.${field}`);

    for (const { name, fields } of described) {
      for (const field of fields.filter((candidate) => candidate.writable)) {
        expect(caseKeys).toContain(
          `${name}.${field.relation?.idField ?? field.name}`,
        );
      }

      for (const fieldCase of CASES.filter((item) => item.object === name)) {
        const field = fields.find(
          (candidate) =>
            (candidate.relation?.idField ?? candidate.name) === fieldCase.field,
        );

        expect({ field: fieldCase.field, type: field?.type }).toEqual({
          field: fieldCase.field,
          type: fieldCase.type,
        });
        expect(field?.sortable).toBe(fieldCase.sortable);
      }
    }

    // Every field the seed describes is exposed.
    for (const [object, description] of [
      ['subscription', SUBSCRIPTION_OBJECT],
      ['supportTicket', SUPPORT_TICKET_OBJECT],
    ] as const) {
      const names = described
        .find((item) => item.name === object)!
        .fields.map((field) => field.name);

      expect(names).toEqual(
        expect.arrayContaining([
          ...description.fields.map((field) => field.name),
          ...(description.relations ?? []).map((relation) => relation.name),
        ]),
      );
    }

    // NUMBER: an int setting makes an integer, decimals a float.
    const subscriptionFields = described[0].fields;

    expect(
      subscriptionFields.find((field) => field.name === 'seats')?.integer,
    ).toBe(true);
    expect(
      subscriptionFields.find((field) => field.name === 'discountRate')
        ?.integer,
    ).toBeFalsy();
  });

  describe.each(CASES)('$object.$field ($type)', (fieldCase) => {
    const { object, field } = fieldCase;
    let id: string;

    const value = <T>(dynamic: Dynamic<T>) => resolve(dynamic, fixtures);
    const withName = (record: Record<string, unknown>) =>
      field === 'name' ? record : { name: `FT ${field}`, ...record };

    it('create_records stores it and get_records returns it as written', async () => {
      const {
        records: [created],
      } = await callTool(admin, 'create_records', {
        object,
        records: [withName({ [field]: value(fieldCase.created) })],
      });

      id = created.id;
      expect(created[field]).toEqual(
        value(fieldCase.read ?? fieldCase.created),
      );
      expect(await getRecord(object, id)).toEqual(created);

      if (fieldCase.stored) {
        const expected = fieldCase.stored.created;

        expect(await readColumns(object, id, Object.keys(expected))).toEqual(
          expected,
        );
      }
    });

    it('update_records changes it and nothing else', async () => {
      const before = await getRecord(object, id);
      const {
        records: [updated],
      } = await callTool(admin, 'update_records', {
        object,
        records: [{ id, [field]: value(fieldCase.update) }],
      });
      const others = (record: ApiRecord) => {
        const {
          [field]: _value,
          updatedAt: _updatedAt,
          updatedBy: _updatedBy,
          ...rest
        } = record;

        return rest;
      };

      expect(updated[field]).toEqual(
        value(fieldCase.updated ?? fieldCase.update),
      );
      expect(others(updated)).toEqual(others(before));
      expect(await getRecord(object, id)).toEqual(updated);

      if (fieldCase.stored) {
        const expected = fieldCase.stored.updated;

        expect(await readColumns(object, id, Object.keys(expected))).toEqual(
          expected,
        );
      }
    });

    it('find_records filters on it exactly as the same condition in SQL', async () => {
      for (const { filter, sql, matches = true } of value(fieldCase.filters)) {
        const found = await findIds(object, { filter: { [field]: filter } });
        const expected = await sqlIds(object, sql);

        expect({ filter, ids: [...found].sort() }).toEqual({
          filter,
          ids: expected,
        });
        expect(found.includes(id)).toBe(matches);
      }
    });

    it('find_records matches is NULL / NOT_NULL as SQL does', async () => {
      const column = fieldCase.leaf.column;
      const isNull = await findIds(object, {
        filter: atLeaf(fieldCase, { is: 'NULL' }),
      });
      const isNotNull = await findIds(object, {
        filter: atLeaf(fieldCase, { is: 'NOT_NULL' }),
      });

      expect([...isNull].sort()).toEqual(
        await sqlIds(object, `${column} IS NULL`),
      );
      expect([...isNotNull].sort()).toEqual(
        await sqlIds(object, `${column} IS NOT NULL`),
      );
    });

    if (fieldCase.sortable) {
      it('find_records orderBy sorts as SQL does, nulls where asked, across pages', async () => {
        const nulls = await sqlIds(object, `${fieldCase.leaf.column} IS NULL`);

        for (const direction of ORDER_DIRECTIONS) {
          // Small pages, so cursors land on NULLs and on ties.
          const found = await findIds(
            object,
            { orderBy: [atLeaf(fieldCase, direction)] },
            13,
          );
          const { rows } = await pg.query<{ id: string }>(
            `SELECT "id" FROM ${table(object)} WHERE "deletedAt" IS NULL ORDER BY ${fieldCase.leaf.column} ${toSqlOrder(direction)}, "id" ASC`,
          );

          expect({ direction, ids: found }).toEqual({
            direction,
            ids: rows.map((row) => row.id),
          });

          if (nulls.length > 0) {
            const edge = direction.endsWith('NullsFirst')
              ? found.slice(0, nulls.length)
              : found.slice(-nulls.length);

            expect([...edge].sort()).toEqual(nulls);
          }
        }
      });
    } else {
      it('find_records refuses to sort by it, naming what can be sorted', async () => {
        const message = await callToolError(admin, 'find_records', {
          object,
          orderBy: [atLeaf(fieldCase, 'AscNullsFirst')],
        });
        const sortable = message
          .split('Fields you can sort by: ')[1]
          ?.split(', ');

        expect(sortable).toEqual(expect.arrayContaining(['name', 'createdAt']));
        expect(sortable).not.toContain(field);
      });
    }

    it('refuses invalid values with an actionable message and writes nothing', async () => {
      const rowsBefore = await countRows(object);
      const recordBefore = await getRecord(object, id);

      for (const { value: invalid, message } of value(fieldCase.invalid)) {
        expect(
          await callToolError(admin, 'create_records', {
            object,
            records: [withName({}), withName({ [field]: invalid })],
          }),
        ).toMatch(message);
        expect(
          await callToolError(admin, 'update_records', {
            object,
            records: [{ id, [field]: invalid }],
          }),
        ).toMatch(message);
      }

      expect(await countRows(object)).toBe(rowsBefore);
      expect(await getRecord(object, id)).toEqual(recordBefore);
    });
  });

  describe('fields the server maintains', () => {
    it('FILES: reads the stored files, refuses writes, filters on emptiness', async () => {
      const { rows } = await pg.query<{ id: string; contracts: unknown }>(
        `SELECT "id", "contracts" FROM ${table('subscription')} WHERE "contracts" IS NOT NULL AND "deletedAt" IS NULL ORDER BY "id" LIMIT 1`,
      );
      const seeded = await getRecord('subscription', rows[0].id);

      expect(seeded.contracts).toEqual(rows[0].contracts);
      expect(seeded.contracts).toEqual([
        expect.objectContaining({
          fileId: expect.any(String),
          label: 'order-form.pdf',
          extension: 'pdf',
        }),
      ]);

      const {
        records: [created],
      } = await callTool(admin, 'create_records', {
        object: 'subscription',
        records: [{ name: 'FT files' }],
      });

      expect(created.contracts).toEqual([]);
      expect(
        await callToolError(admin, 'update_records', {
          object: 'subscription',
          records: [{ id: created.id, contracts: seeded.contracts }],
        }),
      ).toMatch(
        /"contracts" cannot be written: files cannot be uploaded through this API/,
      );

      const empty = await findIds('subscription', {
        filter: { contracts: { is: 'NULL' } },
      });

      expect([...empty].sort()).toEqual(
        await sqlIds('subscription', `"contracts" IS NULL`),
      );
      expect(empty).toContain(created.id);
      expect(
        await callToolError(admin, 'find_records', {
          object: 'subscription',
          filter: { contracts: { eq: 'x' } },
        }),
      ).toMatch(/Operator "eq" is not available on "contracts". Operators: is/);
    });

    it('ACTOR: createdBy / updatedBy are stamped with the API key, filterable and sortable', async () => {
      const {
        records: [created],
      } = await callTool(admin, 'create_records', {
        object: 'supportTicket',
        records: [{ name: 'FT actor' }],
      });
      const apiActor = (name: string) => ({
        source: 'API',
        workspaceMemberId: null,
        name,
      });

      expect(created.createdBy).toEqual(apiActor('MCP - admin'));
      expect(created.updatedBy).toEqual(apiActor('MCP - admin'));

      // Another credential updates: only updatedBy changes.
      const contractor = await connectClient(
        server.url,
        tokens['MCP - contractor'],
      );

      try {
        const {
          records: [updated],
        } = await callTool(contractor, 'update_records', {
          object: 'supportTicket',
          records: [{ id: created.id, isResolved: true }],
        });

        expect(updated.createdBy).toEqual(apiActor('MCP - admin'));
        expect(updated.updatedBy).toEqual(apiActor('MCP - contractor'));
      } finally {
        await contractor.close();
      }

      expect(
        await readColumns('supportTicket', created.id, [
          '"createdBySource"::text',
          '"createdByName"',
          '"createdByWorkspaceMemberId"',
          '"updatedBySource"::text',
          '"updatedByName"',
        ]),
      ).toEqual({
        '"createdBySource"::text': 'API',
        '"createdByName"': 'MCP - admin',
        '"createdByWorkspaceMemberId"': null,
        '"updatedBySource"::text': 'API',
        '"updatedByName"': 'MCP - contractor',
      });

      const byApi = await findIds('supportTicket', {
        filter: {
          createdBy: { source: { eq: 'API' }, name: { eq: 'MCP - admin' } },
        },
      });

      expect([...byApi].sort()).toEqual(
        await sqlIds(
          'supportTicket',
          `"createdBySource" = 'API' AND "createdByName" = 'MCP - admin'`,
        ),
      );
      expect(byApi).toContain(created.id);

      const sorted = await findIds(
        'supportTicket',
        { orderBy: [{ updatedBy: { name: 'DescNullsLast' } }] },
        17,
      );
      const { rows } = await pg.query<{ id: string }>(
        `SELECT "id" FROM ${table('supportTicket')} WHERE "deletedAt" IS NULL ORDER BY "updatedByName" DESC NULLS LAST, "id"`,
      );

      expect(sorted).toEqual(rows.map((row) => row.id));
      expect(
        await callToolError(admin, 'update_records', {
          object: 'supportTicket',
          records: [{ id: created.id, createdBy: { name: 'Someone else' } }],
        }),
      ).toMatch(
        /"createdBy" cannot be written: it is maintained by the server/,
      );
    });

    it('position: new records go on top, a batch stays below every existing record', async () => {
      const minPosition = async () =>
        Number(
          (
            await pg.query(
              `SELECT min("position") AS "min" FROM ${table('subscription')}`,
            )
          ).rows[0].min,
        );
      const top = await minPosition();
      const { records } = await callTool(admin, 'create_records', {
        object: 'subscription',
        records: [
          { name: 'FT position 1' },
          { name: 'FT position 2' },
          { name: 'FT position 3' },
        ],
      });
      const { rows } = await pg.query<{ id: string; position: number }>(
        `SELECT "id", "position" FROM ${table('subscription')} WHERE "id" = ANY($1::uuid[])`,
        [records.map((record) => record.id)],
      );
      const positions = rows.map((row) => row.position);

      expect(new Set(positions).size).toBe(3);
      expect(Math.max(...positions)).toBeLessThan(top);
      expect(await minPosition()).toBe(Math.min(...positions));
      expect(records[0]).not.toHaveProperty('position');
      expect(
        await callToolError(admin, 'update_records', {
          object: 'subscription',
          records: [{ id: records[0].id, position: 1 }],
        }),
      ).toMatch(/Unknown field "position" on subscription/);
    });

    it('createdAt / updatedAt: set on create, updatedAt moves on every update, id is not writable', async () => {
      const {
        records: [created],
      } = await callTool(admin, 'create_records', {
        object: 'subscription',
        records: [{ name: 'FT timestamps' }],
      });

      expect(created.updatedAt).toBe(created.createdAt);
      expect(Date.parse(String(created.createdAt))).toBeGreaterThan(
        Date.now() - 60_000,
      );

      await new Promise((resolveDelay) => setTimeout(resolveDelay, 20));

      const {
        records: [updated],
      } = await callTool(admin, 'update_records', {
        object: 'subscription',
        records: [{ id: created.id, seats: 3 }],
      });
      const stored = await readColumns('subscription', created.id, [
        `to_char("createdAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
        `to_char("updatedAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
      ]);

      expect(updated.createdAt).toBe(created.createdAt);
      expect(Date.parse(String(updated.updatedAt))).toBeGreaterThan(
        Date.parse(String(created.updatedAt)),
      );
      expect(Object.values(stored)).toEqual([
        updated.createdAt,
        updated.updatedAt,
      ]);
      expect(
        await callToolError(admin, 'create_records', {
          object: 'subscription',
          records: [{ id: MISSING_ID, name: 'FT id' }],
        }),
      ).toMatch(/"id" cannot be written: it is maintained by the server/);
      expect(
        await callToolError(admin, 'update_records', {
          object: 'subscription',
          records: [{ id: created.id, updatedAt: '2020-01-01T00:00:00Z' }],
        }),
      ).toMatch(
        /"updatedAt" cannot be written: it is maintained by the server/,
      );
    });

    it('defaults: non-nullable fields take their default when left out', async () => {
      const before = Date.now();
      const {
        records: [ticket],
      } = await callTool(admin, 'create_records', {
        object: 'supportTicket',
        records: [{ name: 'FT defaults' }],
      });
      const {
        records: [subscription],
      } = await callTool(admin, 'create_records', {
        object: 'subscription',
        records: [{ name: 'FT defaults' }],
      });

      expect(ticket).toMatchObject({
        priority: 'MEDIUM',
        isResolved: false,
        channel: null,
        satisfaction: null,
        details: null,
        subscriptionId: null,
      });
      expect(Date.parse(String(ticket.openedAt))).toBeGreaterThanOrEqual(
        before - 60_000,
      );
      expect(subscription).toMatchObject({
        plan: 'STARTER',
        autoRenew: true,
        addOns: [],
        tags: [],
        monthlyRecurringRevenue: { amount: null, currencyCode: null },
        billingEmails: { primaryEmail: null, additionalEmails: [] },
        externalMetadata: null,
        terms: null,
      });
    });
  });

  describe('relations, both sides', () => {
    it('RICH_TEXT keeps markdown and writes the BlockNote document Twenty edits', async () => {
      const markdown =
        '# Terms\n\nPay **net 30** via [portal](https://p.test).\n\n- one\n- two\n\n1. first';
      const {
        records: [created],
      } = await callTool(admin, 'create_records', {
        object: 'subscription',
        records: [{ name: 'FT blocknote', terms: markdown }],
      });
      const stored = await readColumns('subscription', created.id, [
        '"termsMarkdown"',
        '"termsBlocknote"',
      ]);
      const blocks = JSON.parse(String(stored['"termsBlocknote"']));

      expect(created.terms).toBe(markdown);
      expect(stored['"termsMarkdown"']).toBe(markdown);
      expect(blocks).toMatchObject([
        {
          type: 'heading',
          props: { level: 1 },
          content: [{ type: 'text', text: 'Terms' }],
        },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Pay ', styles: {} },
            { type: 'text', text: 'net 30', styles: { bold: true } },
            { type: 'text', text: ' via ' },
            {
              type: 'link',
              href: 'https://p.test',
              content: [{ type: 'text', text: 'portal' }],
            },
            { type: 'text', text: '.' },
          ],
        },
        { type: 'bulletListItem', content: [{ text: 'one' }] },
        { type: 'bulletListItem', content: [{ text: 'two' }] },
        { type: 'numberedListItem', content: [{ text: 'first' }] },
      ]);
      expect(
        new Set(blocks.map((block: { id: string }) => block.id)).size,
      ).toBe(5);

      // Clearing rich text clears both columns.
      await callTool(admin, 'update_records', {
        object: 'subscription',
        records: [{ id: created.id, terms: null }],
      });
      expect(
        await readColumns('subscription', created.id, [
          '"termsMarkdown"',
          '"termsBlocknote"',
        ]),
      ).toEqual({ '"termsMarkdown"': null, '"termsBlocknote"': null });
    });

    it('many-to-one expands to the related record; one-to-many lists the records pointing back', async () => {
      const [companyId] = fixtures.companyIds;
      const {
        records: [subscription],
      } = await callTool(admin, 'create_records', {
        object: 'subscription',
        records: [{ name: 'FT with tickets', companyId }],
      });
      const { records: tickets } = await callTool(admin, 'create_records', {
        object: 'supportTicket',
        records: [
          {
            name: 'FT ticket A',
            subscriptionId: subscription.id,
            requesterId: fixtures.personIds[0],
            aboutCompanyId: companyId,
          },
          {
            name: 'FT ticket B',
            subscriptionId: subscription.id,
            aboutOpportunityId: fixtures.opportunityIds[0],
          },
        ],
      });
      const companyName = (
        await pg.query(
          `SELECT "name" FROM "${schema}"."company" WHERE "id" = $1`,
          [companyId],
        )
      ).rows[0].name;

      const expanded = await getRecord('subscription', subscription.id, {
        expand: ['company', 'supportTickets'],
      });

      expect(expanded.company).toEqual(
        expect.objectContaining({ id: companyId, name: companyName }),
      );
      expect(expanded.supportTickets).toEqual({
        totalCount: 2,
        records: expect.arrayContaining([
          { id: tickets[0].id, name: 'FT ticket A' },
          { id: tickets[1].id, name: 'FT ticket B' },
        ]),
      });

      const ticket = await getRecord('supportTicket', tickets[0].id, {
        expand: [
          'subscription',
          'requester',
          'aboutCompany',
          'aboutOpportunity',
        ],
      });
      const person = (
        await pg.query(
          `SELECT "nameFirstName", "nameLastName" FROM "${schema}"."person" WHERE "id" = $1`,
          [fixtures.personIds[0]],
        )
      ).rows[0];

      expect(ticket.subscription).toEqual(
        expect.objectContaining({
          id: subscription.id,
          name: 'FT with tickets',
        }),
      );
      expect(ticket.requester).toEqual(
        expect.objectContaining({
          id: fixtures.personIds[0],
          name: {
            firstName: person.nameFirstName,
            lastName: person.nameLastName,
          },
        }),
      );
      expect(ticket.aboutCompany).toEqual(
        expect.objectContaining({ id: companyId, name: companyName }),
      );
      expect(ticket.aboutOpportunity).toBeNull();

      // The inverse sides, counted against PostgreSQL.
      const company = await (async () => {
        const { records } = await callTool(admin, 'get_records', {
          object: 'company',
          ids: [companyId],
          fields: ['name'],
          expand: ['subscriptions', 'supportTicketsAbout'],
        });

        return records[0];
      })();
      const count = async (sqlTable: string, column: string) =>
        Number(
          (
            await pg.query(
              `SELECT count(*) AS "count" FROM "${schema}"."${sqlTable}" WHERE "${column}" = $1 AND "deletedAt" IS NULL`,
              [companyId],
            )
          ).rows[0].count,
        );

      expect(company.subscriptions).toMatchObject({
        totalCount: await count('_subscription', 'companyId'),
      });
      expect(
        (company.subscriptions as { records: { id: string }[] }).records.map(
          (record) => record.id,
        ),
      ).toContain(subscription.id);
      expect(company.supportTicketsAbout).toMatchObject({
        totalCount: await count('_supportTicket', 'aboutCompanyId'),
      });
      expect(
        (
          company.supportTicketsAbout as { records: { id: string }[] }
        ).records.map((record) => record.id),
      ).toContain(tickets[0].id);

      // A one-to-many side is read-only: it is written from the other end.
      expect(
        await callToolError(admin, 'update_records', {
          object: 'subscription',
          records: [{ id: subscription.id, supportTickets: [tickets[0].id] }],
        }),
      ).toMatch(
        /"supportTickets" cannot be written: it is a one-to-many relation; set "subscriptionId" on the supportTicket records instead/,
      );
      expect(
        await callToolError(admin, 'update_records', {
          object: 'supportTicket',
          records: [{ id: tickets[0].id, subscription: subscription.id }],
        }),
      ).toMatch(
        /"subscription" is a relation: set "subscriptionId" to the id of a subscription/,
      );

      // Setting a relation to null detaches the record.
      await callTool(admin, 'update_records', {
        object: 'supportTicket',
        records: [{ id: tickets[1].id, subscriptionId: null }],
      });
      expect(
        (
          await getRecord('subscription', subscription.id, {
            expand: ['supportTickets'],
          })
        ).supportTickets,
      ).toEqual({
        totalCount: 1,
        records: [{ id: tickets[0].id, name: 'FT ticket A' }],
      });
    });
  });
});

describe('field types through the per-object tools', () => {
  let server: TestServer;
  let client: Client;
  let pg: PgClient;
  let schema: string;
  let fixtures: Fixtures;

  const SURFACES = [
    {
      object: 'subscription' as const,
      stem: 'subscriptions',
    },
    {
      object: 'supportTicket' as const,
      stem: 'support_tickets',
    },
  ];

  beforeAll(async () => {
    server = await startTestServer({ toolMode: 'per-object' });

    const tokens = await demoTokens(server.database.databaseUrl);

    client = await connectClient(server.url, tokens['MCP - admin']);
    pg = new PgClient({ connectionString: server.database.databaseUrl });
    await pg.connect();
    schema = await readWorkspaceSchema(pg);
    fixtures = await readFixtures(pg, schema);
  }, 60_000);

  afterAll(async () => {
    await client?.close();
    await pg?.end();
    await server?.stopAll();
  }, 30_000);

  it('lists typed tools per object instead of the generic record tools', async () => {
    const names = (await client.listTools()).tools.map((tool) => tool.name);

    for (const { stem } of SURFACES) {
      expect(names).toEqual(
        expect.arrayContaining(
          ['find', 'get', 'aggregate', 'create', 'update', 'delete'].map(
            (verb) => `${verb}_${stem}`,
          ),
        ),
      );
    }

    expect(names).not.toContain('create_records');
    expect(names).not.toContain('find_records');
  });

  it.each(SURFACES)(
    'create_$stem → get_$stem → update_$stem → find_$stem round-trips every writable field',
    async ({ object, stem }) => {
      const cases = CASES.filter((fieldCase) => fieldCase.object === object);
      const value = <T>(dynamic: Dynamic<T>) => resolve(dynamic, fixtures);
      const input = Object.fromEntries(
        cases.map((fieldCase) => [fieldCase.field, value(fieldCase.created)]),
      );
      const {
        records: [created],
      } = await callTool(client, `create_${stem}`, { records: [input] });

      for (const fieldCase of cases) {
        expect({
          field: fieldCase.field,
          value: created[fieldCase.field],
        }).toEqual({
          field: fieldCase.field,
          value: value(fieldCase.read ?? fieldCase.created),
        });
      }

      const {
        records: [read],
      } = await callTool(client, `get_${stem}`, { ids: [created.id] });

      expect(read).toEqual(created);

      const {
        records: [updated],
      } = await callTool(client, `update_${stem}`, {
        records: [
          {
            id: created.id,
            ...Object.fromEntries(
              cases.map((fieldCase) => [
                fieldCase.field,
                value(fieldCase.update),
              ]),
            ),
          },
        ],
      });

      for (const fieldCase of cases) {
        expect({
          field: fieldCase.field,
          value: updated[fieldCase.field],
        }).toEqual({
          field: fieldCase.field,
          value: value(fieldCase.updated ?? fieldCase.update),
        });
      }

      // Every field's first filter at once finds exactly what SQL finds.
      const matching = cases.map((fieldCase) => value(fieldCase.filters)[0]);
      const { records: found } = await callTool(client, `find_${stem}`, {
        filter: {
          and: matching.map(({ filter }, index) => ({
            [cases[index].field]: filter,
          })),
        },
        limit: 100,
      });
      const { rows } = await pg.query<{ id: string }>(
        `SELECT "id" FROM "${schema}"."${TABLES[object]}" WHERE "deletedAt" IS NULL AND ${matching.map(({ sql }) => `(${sql})`).join(' AND ')}`,
      );

      expect(found.map((record) => record.id).sort()).toEqual(
        rows.map((row) => row.id).sort(),
      );
      expect(found.map((record) => record.id)).toContain(created.id);
    },
  );

  it('refuses an invalid value with a message naming the field, writing nothing', async () => {
    const countRows = async () =>
      (
        await pg.query(
          `SELECT (SELECT count(*) FROM "${schema}"."_subscription") AS "subscriptions", (SELECT count(*) FROM "${schema}"."_supportTicket") AS "tickets"`,
        )
      ).rows[0];
    const before = await countRows();
    const result = await client.callTool({
      name: 'create_subscriptions',
      arguments: { records: [{ name: 'FT ok' }, { seats: 1.5 }] },
    });
    const enumResult = await client.callTool({
      name: 'update_support_tickets',
      arguments: {
        records: [{ id: fixtures.subscriptionIds[0], priority: 'CRITICAL' }],
      },
    });
    const dbResult = await client.callTool({
      name: 'create_support_tickets',
      arguments: { records: [{ name: 'FT ok' }, { requesterId: MISSING_ID }] },
    });

    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/records\/1\/seats/);
    expect(enumResult.isError).toBe(true);
    expect(textOf(enumResult)).toMatch(/priority.*LOW.*MEDIUM.*HIGH.*URGENT/s);
    expect(dbResult.isError).toBe(true);
    expect(textOf(dbResult)).toMatch(
      /"requesterId" is .* but no person has that id/,
    );
    expect(await countRows()).toEqual(before);
  });
});
