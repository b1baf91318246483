import { type FieldCase } from '../utils/field-case';

// Composite fields: currency, full name, emails, phones, address, links.
export const COMPOSITE_CASES: FieldCase[] = [
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
];
