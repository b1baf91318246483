import { type GeneratorContext } from './types/generator-context.type';
import { createSeededFaker } from './utils/create-seeded-faker.util';
import { firstPersonIndexOfCompany } from './utils/company-of-person.util';
import { markdownToBlocknote } from './utils/markdown-to-blocknote.util';
import { addDays } from './utils/seed-dates.util';

const SUBJECTS = [
  'Cannot log in with SSO',
  'Invoice shows the wrong seat count',
  'Export to CSV times out',
  'Request to add two admins',
  'Webhook deliveries failing',
  'Question about data retention',
  'API rate limit reached',
];

export const createSupportTicketGenerator = (
  ctx: GeneratorContext,
  subscriptionCount: number,
) => {
  const faker = createSeededFaker(ctx.seed, 'supportTicket');

  return {
    next: (index: number): Record<string, unknown> => {
      const subscriptionIndex = faker.number.int({
        min: 0,
        max: subscriptionCount - 1,
      });
      const companyIndex = subscriptionIndex % ctx.counts.companies;
      const openedAt = addDays(
        ctx.referenceDate,
        -faker.number.float({ min: 0, max: 90 }),
      );
      const isResolved = faker.datatype.boolean(0.6);
      const subject = faker.helpers.arrayElement(SUBJECTS);
      const details = `${subject}.\n- Seen by ${faker.number.int({ min: 1, max: 40 })} users\n- Started ${faker.date.recent({ days: 10, refDate: openedAt }).toDateString()}`;
      const id = ctx.recordId('supportTicket', index);

      return {
        id,
        name: subject,
        details: {
          markdown: details,
          blocknote: markdownToBlocknote(details, id.slice(0, 8)),
        },
        priority: faker.helpers.arrayElement([
          'LOW',
          'MEDIUM',
          'MEDIUM',
          'HIGH',
          'URGENT',
        ]),
        channel: faker.helpers.arrayElement([
          'EMAIL',
          'CHAT',
          'PHONE',
          'PORTAL',
        ]),
        satisfaction: isResolved
          ? `RATING_${faker.number.int({ min: 2, max: 5 })}`
          : null,
        openedAt,
        dueOn: addDays(openedAt, faker.number.int({ min: 1, max: 10 }))
          .toISOString()
          .slice(0, 10),
        isResolved,
        subscriptionId: ctx.recordId('subscription', subscriptionIndex),
        requesterId: ctx.recordId(
          'person',
          firstPersonIndexOfCompany(companyIndex, ctx.counts),
        ),
        aboutCompanyId: faker.datatype.boolean(0.7)
          ? ctx.recordId('company', companyIndex)
          : null,
        aboutOpportunityId: null,
        position: index,
        createdAt: openedAt,
        updatedAt: openedAt,
      };
    },
  };
};
