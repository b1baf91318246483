import { type CompanyGenerator } from './company.generator';
import { type PersonGenerator } from './person.generator';
import { type GeneratorContext } from './types/generator-context.type';
import { manualActor } from './utils/actor.util';
import { firstPersonIndexOfCompany } from './utils/company-of-person.util';
import { createSeededFaker } from './utils/create-seeded-faker.util';
import { markdownToBlocknote } from './utils/markdown-to-blocknote.util';
import { addDays } from './utils/seed-dates.util';

const PLAN_PRICE = {
  STARTER: 29,
  GROWTH: 79,
  SCALE: 149,
  ENTERPRISE: 299,
} as const;
const ADD_ONS = [
  'SSO',
  'AUDIT_LOG',
  'PRIORITY_SUPPORT',
  'SANDBOX',
  'API_ACCESS',
];

// One subscription for each of the first companies: every field type of the
// demo's custom object gets a realistic value.
export const createSubscriptionGenerator = (
  ctx: GeneratorContext,
  companies: CompanyGenerator,
  people: PersonGenerator,
) => {
  const faker = createSeededFaker(ctx.seed, 'subscription');

  return {
    next: (index: number): Record<string, unknown> => {
      const companyIndex = index % ctx.counts.companies;
      const plan = faker.helpers.objectKey(PLAN_PRICE);
      const seats = faker.number.int({
        min: 3,
        max: plan === 'ENTERPRISE' ? 2000 : 150,
      });
      const discountRate = faker.helpers.arrayElement([
        0, 0, 0.05, 0.1, 0.15, 0.2,
      ]);
      const mrr = Math.round(seats * PLAN_PRICE[plan] * (1 - discountRate));
      const startsOn = addDays(
        ctx.referenceDate,
        -faker.number.int({ min: 10, max: 900 }),
      );
      const contactIndex = firstPersonIndexOfCompany(companyIndex, ctx.counts);
      const [firstName, lastName] = (
        people.names[contactIndex] ?? 'Billing Team'
      ).split(' ');
      const domain = companies.domains[companyIndex];
      const owner = faker.helpers.arrayElement(ctx.members);
      const terms = `## Terms\n- Net ${faker.helpers.arrayElement([15, 30, 45])} payment\n- ${seats} seats on the ${plan.toLowerCase()} plan`;
      const id = ctx.recordId('subscription', index);

      return {
        id,
        name: `${companies.names[companyIndex]} - ${plan.charAt(0)}${plan.slice(1).toLowerCase()}`,
        plan,
        addOns: faker.helpers.arrayElements(ADD_ONS, { min: 0, max: 3 }),
        seats,
        discountRate,
        usageUnits: faker.number
          .float({ min: 0, max: 100_000, fractionDigits: 3 })
          .toFixed(3),
        monthlyRecurringRevenue: {
          amountMicros: String(mrr * 1_000_000),
          currencyCode: 'USD',
        },
        startsOn: startsOn.toISOString().slice(0, 10),
        renewsAt: addDays(
          startsOn,
          365 *
            Math.ceil(
              (ctx.referenceDate.getTime() - startsOn.getTime()) /
                (365 * 86_400_000),
            ),
        ),
        autoRenew: faker.datatype.boolean(0.8),
        billingAccountId: faker.string.uuid(),
        healthScore: `RATING_${faker.number.int({ min: 1, max: 5 })}`,
        billingContact: { firstName, lastName: lastName ?? '' },
        billingEmails: {
          primaryEmail: `billing@${domain}`,
          additionalEmails: [`finance@${domain}`],
        },
        billingPhones: {
          primaryPhoneNumber: faker.string.numeric(10),
          primaryPhoneCountryCode: 'US',
          primaryPhoneCallingCode: '+1',
          additionalPhones: [],
        },
        billingAddress: {
          addressStreet1: faker.location.streetAddress(),
          addressCity: faker.location.city(),
          addressPostcode: faker.location.zipCode(),
          addressState: faker.location.state(),
          addressCountry: 'United States',
          addressLat: null,
          addressLng: null,
        },
        portalLinks: {
          primaryLinkUrl: `https://billing.example.com/${domain}`,
          primaryLinkLabel: 'Billing portal',
          secondaryLinks: [
            {
              url: `https://status.example.com/${domain}`,
              label: 'Status page',
            },
          ],
        },
        terms: {
          markdown: terms,
          blocknote: markdownToBlocknote(terms, id.slice(0, 8)),
        },
        tags: faker.helpers.arrayElements(
          ['strategic', 'expansion', 'at-risk', 'reference', 'partner'],
          { min: 0, max: 2 },
        ),
        externalMetadata: {
          source: 'billing-sync',
          invoiceCount: faker.number.int({ min: 1, max: 40 }),
        },
        contracts: [
          {
            fileId: ctx.recordId('file', 10_000 + index),
            label: 'order-form.pdf',
            extension: 'pdf',
          },
        ],
        companyId: ctx.recordId('company', companyIndex),
        position: index,
        createdAt: startsOn,
        updatedAt: startsOn,
        createdBy: manualActor(owner),
        updatedBy: manualActor(owner),
      };
    },
  };
};
