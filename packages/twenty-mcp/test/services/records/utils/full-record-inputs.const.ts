// API inputs touching every writable field type of the demo objects; each
// is also exactly what reading the record back returns.
export const SUBSCRIPTION_INPUT = {
  name: "Acme – Scale'); DROP TABLE person; --",
  plan: 'SCALE',
  addOns: ['SSO', 'SANDBOX'],
  seats: 42,
  discountRate: 0.15,
  usageUnits: '12345.678901',
  monthlyRecurringRevenue: { amount: 1250.5, currencyCode: 'EUR' },
  startsOn: '2026-03-01',
  renewsAt: '2027-03-01T09:30:00.000Z',
  autoRenew: false,
  billingAccountId: '0b7e6a52-5d0a-4b8e-9d6e-1f2a3b4c5d6e',
  healthScore: 'RATING_4',
  billingContact: { firstName: 'Zoë', lastName: "O'Brien" },
  billingEmails: {
    primaryEmail: 'billing@acme.test',
    additionalEmails: ['finance@acme.test'],
  },
  billingPhones: {
    primaryPhoneNumber: '612345678',
    primaryPhoneCountryCode: 'FR',
    primaryPhoneCallingCode: '+33',
    additionalPhones: [
      { number: '5550100', countryCode: 'US', callingCode: '+1' },
    ],
  },
  billingAddress: {
    addressStreet1: '1 Rue de Rivoli',
    addressStreet2: 'Bât. B',
    addressCity: 'Paris',
    addressPostcode: '75001',
    addressState: 'Île-de-France',
    addressCountry: 'France',
    addressLat: 48.8566,
    addressLng: 2.3522,
  },
  portalLinks: {
    primaryLinkLabel: 'Portal',
    primaryLinkUrl: 'https://portal.acme.test',
    secondaryLinks: [{ url: 'https://status.acme.test', label: 'Status' }],
  },
  terms: '## Terms\n\n- Net **30** payment\n- [ ] signed',
  tags: ['vip', 'eu'],
  externalMetadata: {
    source: 'billing-sync',
    invoices: [1, 2, { open: true }],
  },
};

export const PERSON_INPUT = {
  name: { firstName: 'Ådne', lastName: 'Ønstad' },
  emails: {
    primaryEmail: 'adne@fjord.test',
    additionalEmails: ['a.o@fjord.test'],
  },
  linkedinLink: {
    primaryLinkLabel: '',
    primaryLinkUrl: 'https://linkedin.com/in/adne',
    secondaryLinks: [],
  },
  xLink: { primaryLinkLabel: null, primaryLinkUrl: null, secondaryLinks: [] },
  jobTitle: 'CTO',
  phones: {
    primaryPhoneNumber: '22334455',
    primaryPhoneCountryCode: 'NO',
    primaryPhoneCallingCode: '+47',
    additionalPhones: [],
  },
  city: 'Bergen',
  avatarUrl: null,
};
