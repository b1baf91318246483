import { type CompanyGenerator } from './company.generator';
import { type GeneratorContext } from './types/generator-context.type';
import { manualActor } from './utils/actor.util';
import { companyIndexOfPerson } from './utils/company-of-person.util';
import { createSeededFaker } from './utils/create-seeded-faker.util';
import { addDays } from './utils/seed-dates.util';
import { slugify } from './utils/slugify.util';

export type PersonGenerator = {
  names: string[];
  next: (index: number) => Record<string, unknown>;
};

export const createPersonGenerator = (
  ctx: GeneratorContext,
  companies: CompanyGenerator,
): PersonGenerator => {
  const faker = createSeededFaker(ctx.seed, 'person');
  const usedEmails = new Set<string>();
  const names: string[] = [];

  return {
    names,
    next: (index) => {
      const firstName = faker.person.firstName();
      const lastName = faker.person.lastName();
      const companyIndex = companyIndexOfPerson(index, ctx.counts);
      const domain =
        companyIndex === null
          ? faker.helpers.arrayElement([
              'gmail.com',
              'outlook.com',
              'proton.me',
              'fastmail.com',
            ])
          : companies.domains[companyIndex];
      const local = `${slugify(firstName)}.${slugify(lastName)}`.replace(
        /-/g,
        '',
      );
      let email = `${local}@${domain}`;

      for (let n = 2; usedEmails.has(email); n++) {
        email = `${local}${n}@${domain}`;
      }

      usedEmails.add(email);

      const owner = faker.helpers.arrayElement(ctx.members);
      const createdAt = addDays(
        ctx.referenceDate,
        -faker.number.float({ min: 1, max: 540 }),
      );
      const hasMobile = faker.datatype.boolean(0.25);

      names[index] = `${firstName} ${lastName}`;

      return {
        id: ctx.recordId('person', index),
        name: { firstName, lastName },
        emails: {
          primaryEmail: email,
          additionalEmails: faker.datatype.boolean(0.15)
            ? [`${local}@${faker.internet.domainName()}`]
            : [],
        },
        linkedinLink: {
          primaryLinkUrl: `https://www.linkedin.com/in/${slugify(`${firstName}-${lastName}`)}-${faker.string.alphanumeric(6).toLowerCase()}`,
          primaryLinkLabel: '',
          secondaryLinks: [],
        },
        jobTitle: faker.person.jobTitle(),
        phones: {
          primaryPhoneNumber: faker.string.numeric(10),
          primaryPhoneCountryCode: 'US',
          primaryPhoneCallingCode: '+1',
          additionalPhones: hasMobile
            ? [
                {
                  number: faker.string.numeric(10),
                  countryCode: 'US',
                  callingCode: '+1',
                },
              ]
            : [],
        },
        city: faker.location.city(),
        companyId:
          companyIndex === null ? null : ctx.recordId('company', companyIndex),
        position: index,
        createdAt,
        updatedAt: createdAt,
        createdBy: manualActor(owner),
        updatedBy: manualActor(owner),
      };
    },
  };
};
