import { type FieldCase } from '../utils/field-case';

// Dates and date-times.
export const DATE_CASES: FieldCase[] = [
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
];
