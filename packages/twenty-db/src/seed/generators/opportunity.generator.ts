import { type CompanyGenerator } from './company.generator';
import { type GeneratorContext } from './types/generator-context.type';
import { manualActor } from './utils/actor.util';
import { firstPersonIndexOfCompany } from './utils/company-of-person.util';
import { createSeededFaker } from './utils/create-seeded-faker.util';
import { addDays } from './utils/seed-dates.util';

const PRODUCTS = [
  'Platform license',
  'Enterprise rollout',
  'Annual renewal',
  'Data migration',
  'Premium support',
  'Analytics add-on',
  'Pilot project',
  'Seat expansion',
  'Security review',
  'Onboarding package',
];

const STAGES = [
  { weight: 3, value: 'NEW' },
  { weight: 3, value: 'SCREENING' },
  { weight: 3, value: 'MEETING' },
  { weight: 2, value: 'PROPOSAL' },
  { weight: 3, value: 'CUSTOMER' },
];

export const createOpportunityGenerator = (
  ctx: GeneratorContext,
  companies: CompanyGenerator,
) => {
  const faker = createSeededFaker(ctx.seed, 'opportunity');

  return {
    next: (index: number): Record<string, unknown> => {
      const companyIndex = faker.number.int({
        min: 0,
        max: ctx.counts.companies - 1,
      });
      const firstPerson = firstPersonIndexOfCompany(companyIndex, ctx.counts);
      const nextFirstPerson = firstPersonIndexOfCompany(
        companyIndex + 1,
        ctx.counts,
      );
      const contactIndex =
        nextFirstPerson > firstPerson
          ? faker.number.int({ min: firstPerson, max: nextFirstPerson - 1 })
          : null;
      const stage = faker.helpers.weightedArrayElement(STAGES);
      const owner = faker.helpers.arrayElement(ctx.members);
      const amount =
        Math.round(faker.number.float({ min: 5, max: 400 }) ** 1.4) * 100;
      const createdAt = addDays(
        ctx.referenceDate,
        -faker.number.float({ min: 5, max: 360 }),
      );
      const closeDate =
        stage === 'CUSTOMER'
          ? addDays(
              ctx.referenceDate,
              -faker.number.float({ min: 1, max: 180 }),
            )
          : addDays(
              ctx.referenceDate,
              faker.number.float({ min: -30, max: 270 }),
            );

      return {
        id: ctx.recordId('opportunity', index),
        name: `${companies.names[companyIndex]} - ${faker.helpers.arrayElement(PRODUCTS)}`,
        amount: {
          amountMicros: String(amount * 1_000_000),
          currencyCode: faker.helpers.weightedArrayElement([
            { weight: 8, value: 'USD' },
            { weight: 1, value: 'EUR' },
            { weight: 1, value: 'GBP' },
          ]),
        },
        closeDate,
        stage,
        companyId: ctx.recordId('company', companyIndex),
        pointOfContactId:
          contactIndex !== null && contactIndex % 10 !== 9
            ? ctx.recordId('person', contactIndex)
            : null,
        ownerId: owner.id,
        position: index,
        createdAt,
        updatedAt: addDays(createdAt, faker.number.float({ min: 0, max: 30 })),
        createdBy: manualActor(owner),
        updatedBy: manualActor(owner),
      };
    },
  };
};
