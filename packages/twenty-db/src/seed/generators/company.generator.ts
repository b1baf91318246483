import { type GeneratorContext } from './types/generator-context.type';
import { manualActor } from './utils/actor.util';
import { createSeededFaker } from './utils/create-seeded-faker.util';
import { addDays } from './utils/seed-dates.util';
import { slugify } from './utils/slugify.util';

const micros = (amount: number) => String(Math.round(amount) * 1_000_000);

export type CompanyGenerator = {
  // Company names by index, for the records that mention them.
  names: string[];
  domains: string[];
  next: (index: number) => Record<string, unknown>;
};

export const createCompanyGenerator = (
  ctx: GeneratorContext,
): CompanyGenerator => {
  const faker = createSeededFaker(ctx.seed, 'company');
  const usedDomains = new Set<string>();
  const names: string[] = [];
  const domains: string[] = [];

  const uniqueDomain = (name: string) => {
    const slug =
      slugify(name).replace(/-(and|llc|inc|group|ltd)$/, '') || 'company';
    let domain = `${slug}.com`;

    for (let n = 2; usedDomains.has(domain); n++) {
      domain = `${slug}${n}.com`;
    }

    usedDomains.add(domain);

    return domain;
  };

  return {
    names,
    domains,
    next: (index) => {
      const name = faker.company.name();
      const domain = uniqueDomain(name);
      const employees = Math.round(
        Math.exp(faker.number.float({ min: 1.5, max: 10 })),
      );
      const revenue =
        employees * faker.number.int({ min: 40_000, max: 250_000 });
      const owner = faker.helpers.arrayElement(ctx.members);
      const createdAt = addDays(
        ctx.referenceDate,
        -faker.number.float({ min: 30, max: 720 }),
      );
      const slug = slugify(name);

      names[index] = name;
      domains[index] = domain;

      return {
        id: ctx.recordId('company', index),
        name,
        domainName: {
          primaryLinkUrl: `https://${domain}`,
          primaryLinkLabel: '',
          secondaryLinks: [],
        },
        employees,
        linkedinLink: {
          primaryLinkUrl: `https://www.linkedin.com/company/${slug}`,
          primaryLinkLabel: '',
          secondaryLinks: [],
        },
        xLink: faker.datatype.boolean(0.6)
          ? {
              primaryLinkUrl: `https://x.com/${slug.replace(/-/g, '').slice(0, 15)}`,
              primaryLinkLabel: '',
              secondaryLinks: [],
            }
          : null,
        annualRevenue: { amountMicros: micros(revenue), currencyCode: 'USD' },
        annualRecurringRevenue: faker.datatype.boolean(0.7)
          ? {
              amountMicros: micros(
                revenue * faker.number.float({ min: 0.05, max: 0.6 }),
              ),
              currencyCode: 'USD',
            }
          : null,
        address: {
          addressStreet1: faker.location.streetAddress(),
          addressStreet2: faker.datatype.boolean(0.2)
            ? faker.location.secondaryAddress()
            : null,
          addressCity: faker.location.city(),
          addressPostcode: faker.location.zipCode(),
          addressState: faker.location.state(),
          addressCountry: faker.helpers.weightedArrayElement([
            { weight: 6, value: 'United States' },
            { weight: 1, value: 'Canada' },
            { weight: 1, value: 'United Kingdom' },
            { weight: 1, value: 'Germany' },
            { weight: 1, value: 'France' },
          ]),
          addressLat: faker.location.latitude({ precision: 6 }),
          addressLng: faker.location.longitude({ precision: 6 }),
        },
        idealCustomerProfile: faker.datatype.boolean(0.3),
        accountOwnerId: owner.id,
        position: index,
        createdAt,
        updatedAt: addDays(createdAt, faker.number.float({ min: 0, max: 20 })),
        createdBy: manualActor(owner),
        updatedBy: manualActor(owner),
      };
    },
  };
};
