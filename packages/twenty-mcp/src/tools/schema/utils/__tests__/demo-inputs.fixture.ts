// Hand-written create inputs of the demo objects, as a caller writes them.
export const DEMO_CREATE_INPUTS: Record<string, Record<string, unknown>> = {
  person: {
    name: { firstName: 'Ada', lastName: 'Chen' },
    emails: { primaryEmail: 'ada@acme.example' },
    linkedinLink: { primaryLinkUrl: 'https://linkedin.com/in/ada' },
    jobTitle: 'CTO',
    phones: {
      primaryPhoneNumber: '612345678',
      primaryPhoneCountryCode: 'FR',
      primaryPhoneCallingCode: '+33',
    },
    city: null,
    companyId: '6d1f6f0e-2c1a-4f1e-9d55-0c4bb1d0a002',
  },
  company: {
    name: 'Acme',
    domainName: { primaryLinkUrl: 'https://acme.example' },
    employees: 120,
    annualRecurringRevenue: { amount: 1250.5, currencyCode: 'USD' },
    address: { addressCity: 'Paris', addressLat: 48.8566 },
    idealCustomerProfile: true,
    accountOwnerId: null,
    xLink: {
      primaryLinkUrl: 'https://x.com/acme',
      secondaryLinks: [{ url: 'https://x.com/acme_jobs' }],
    },
  },
  opportunity: {
    name: 'Acme renewal',
    amount: { amount: 50000, currencyCode: 'EUR' },
    closeDate: '2026-12-31T23:59:59Z',
    stage: 'PROPOSAL',
    pointOfContactId: '6d1f6f0e-2c1a-4f1e-9d55-0c4bb1d0a001',
  },
  note: {
    title: 'Call notes',
    bodyV2: '# Call\n\n- renewal',
    targets: [
      { object: 'company', id: '6d1f6f0e-2c1a-4f1e-9d55-0c4bb1d0a002' },
      { object: 'supportTicket', id: '6d1f6f0e-2c1a-4f1e-9d55-0c4bb1d0a007' },
    ],
  },
  task: {
    title: 'Send proposal',
    dueAt: '2026-12-01T09:00:00.000Z',
    status: 'TODO',
    assigneeId: null,
  },
  subscription: {
    name: 'Acme Scale',
    plan: 'SCALE',
    addOns: ['SSO'],
    seats: 40,
    discountRate: 0.15,
    usageUnits: 1234.5,
    monthlyRecurringRevenue: { amount: 4200, currencyCode: 'USD' },
    startsOn: '2026-01-01',
    autoRenew: false,
    healthScore: 'RATING_3',
    billingEmails: {
      primaryEmail: 'billing@acme.example',
      additionalEmails: ['ap@acme.example'],
    },
    billingPhones: {
      additionalPhones: [{ number: '612345678', callingCode: '+33' }],
    },
    terms: 'Net 30',
    tags: ['eu'],
    externalMetadata: [1, { any: 'json' }],
    companyId: '6d1f6f0e-2c1a-4f1e-9d55-0c4bb1d0a002',
  },
  supportTicket: {
    name: 'Login',
    details: 'Cannot log in',
    priority: 'URGENT',
    channel: 'CHAT',
    dueOn: '2026-11-27',
    requesterId: '6d1f6f0e-2c1a-4f1e-9d55-0c4bb1d0a001',
    aboutOpportunityId: '6d1f6f0e-2c1a-4f1e-9d55-0c4bb1d0a003',
  },
};

// Per object: keys a write must not carry, or carry with a wrong value.
export const DEMO_INVALID_WRITES: Record<string, Record<string, unknown>[]> = {
  person: [
    { id: '6d1f6f0e-2c1a-4f1e-9d55-0c4bb1d0a001' },
    { createdAt: '2026-11-24T09:30:00.000Z' },
    { createdBy: { source: 'API', name: 'x' } },
    { position: 0 },
    { avatarUrl: 'https://x' },
    { company: { id: '6d1f6f0e-2c1a-4f1e-9d55-0c4bb1d0a002' } },
    { supportTickets: [] },
    { name: { firstName: 'Ada', middleName: 'B' } },
    { emails: { primaryEmail: 'a@b.c', additionalEmails: ['x@y.z'] } },
    { companyId: 'acme' },
  ],
  company: [
    { employees: 12.5 },
    { annualRevenue: { amountMicros: 1000000 } },
    { annualRevenue: { amount: 10, currencyCode: 'usd' } },
    { xLink: { secondaryLinks: [{ label: 'no url' }] } },
    { people: { totalCount: 0, records: [] } },
  ],
  opportunity: [{ stage: 'WON' }, { stage: null }, { closeDate: 'tomorrow' }],
  note: [
    { bodyV2: { markdown: '# Call' } },
    {
      targets: [{ object: 'note', id: '6d1f6f0e-2c1a-4f1e-9d55-0c4bb1d0a004' }],
    },
    { targets: [{ object: 'company', id: 'acme' }] },
    { targets: [{ object: 'company' }] },
    {
      targets: {
        object: 'company',
        id: '6d1f6f0e-2c1a-4f1e-9d55-0c4bb1d0a002',
      },
    },
  ],
  task: [{ status: 'BLOCKED' }, { taskTargets: [] }],
  subscription: [
    { plan: 'FREE' },
    { addOns: ['SLA'] },
    { seats: 1.5 },
    { usageUnits: '12,5' },
    { startsOn: '2026-01-01T00:00:00Z' },
    { healthScore: 'RATING_0' },
    { contracts: [] },
    { autoRenew: null },
  ],
  supportTicket: [
    { priority: null },
    { openedAt: null },
    { isResolved: 'no' },
    { satisfaction: 'RATING_9' },
  ],
};
