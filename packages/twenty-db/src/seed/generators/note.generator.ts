import { type GeneratorContext } from './types/generator-context.type';
import { manualActor } from './utils/actor.util';
import { buildActivityTargetRecords } from './utils/build-activity-target-records.util';
import { createSeededFaker } from './utils/create-seeded-faker.util';
import { markdownToBlocknote } from './utils/markdown-to-blocknote.util';
import {
  type ActivityTarget,
  pickActivityTargets,
} from './utils/pick-activity-target.util';
import { addDays } from './utils/seed-dates.util';

const TOPICS = [
  'pricing for the next renewal',
  'the security questionnaire',
  'rollout to the EMEA team',
  'integration with their data warehouse',
  'a pilot with two departments',
  'SSO and user provisioning',
  'support response times',
  'the Q3 budget cycle',
];

const NEXT_STEPS = [
  'Send the revised proposal by Friday',
  'Schedule a technical deep-dive',
  'Share references from similar customers',
  'Loop in their procurement team',
  'Prepare a migration plan',
  'Book a follow-up in two weeks',
];

export type NoteWithTargets = {
  note: Record<string, unknown>;
  targets: Record<string, unknown>[];
  about: ActivityTarget[];
};

export const createNoteGenerator = (ctx: GeneratorContext) => {
  const faker = createSeededFaker(ctx.seed, 'note');

  return {
    next: (index: number): NoteWithTargets => {
      const author = faker.helpers.arrayElement(ctx.members);
      const topic = faker.helpers.arrayElement(TOPICS);
      const kind = faker.helpers.arrayElement([
        'Call',
        'Meeting',
        'Demo',
        'Email recap',
      ]);
      const createdAt = addDays(
        ctx.referenceDate,
        -faker.number.float({ min: 0, max: 300 }),
      );
      const markdown = [
        `## ${kind}: ${topic}`,
        `**Attendees:** ${author.name}, ${faker.person.fullName()}`,
        `- They asked about ${faker.helpers.arrayElement(TOPICS)}`,
        `- Budget owner is ${faker.person.jobTitle().toLowerCase()}`,
        `- Expected decision in ${faker.number.int({ min: 2, max: 12 })} weeks`,
        `Next step: ${faker.helpers.arrayElement(NEXT_STEPS)}.`,
      ].join('\n');
      const id = ctx.recordId('note', index);
      const about = pickActivityTargets(faker, ctx);

      return {
        about,
        note: {
          id,
          title: `${kind} - ${topic}`,
          bodyV2: {
            markdown,
            blocknote: markdownToBlocknote(markdown, id.slice(0, 8)),
          },
          position: index,
          createdAt,
          updatedAt: createdAt,
          createdBy: manualActor(author),
          updatedBy: manualActor(author),
        },
        targets: buildActivityTargetRecords({
          ctx,
          activity: 'note',
          activityIndex: index,
          activityId: id,
          about: about,
          author,
          createdAt,
        }),
      };
    },
  };
};
