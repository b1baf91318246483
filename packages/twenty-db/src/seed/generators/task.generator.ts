import { type GeneratorContext } from './types/generator-context.type';
import { manualActor } from './utils/actor.util';
import { buildActivityTargetRecords } from './utils/build-activity-target-records.util';
import { createSeededFaker } from './utils/create-seeded-faker.util';
import { markdownToBlocknote } from './utils/markdown-to-blocknote.util';
import { pickActivityTargets } from './utils/pick-activity-target.util';
import { addDays } from './utils/seed-dates.util';

const TASKS = [
  'Follow up on the proposal',
  'Send contract for signature',
  'Prepare QBR deck',
  'Confirm decision makers',
  'Review security questionnaire',
  'Update forecast',
  'Book onboarding kickoff',
  'Collect product feedback',
];

export const createTaskGenerator = (ctx: GeneratorContext) => {
  const faker = createSeededFaker(ctx.seed, 'task');

  return {
    next: (index: number) => {
      const author = faker.helpers.arrayElement(ctx.members);
      const status = faker.helpers.weightedArrayElement([
        { weight: 4, value: 'TODO' },
        { weight: 2, value: 'IN_PROGRESS' },
        { weight: 3, value: 'DONE' },
      ]);
      const createdAt = addDays(
        ctx.referenceDate,
        -faker.number.float({ min: 0, max: 120 }),
      );
      const markdown = `- ${faker.helpers.arrayElement(TASKS)}\n- Owner: ${author.name}`;
      const id = ctx.recordId('task', index);

      return {
        task: {
          id,
          title: faker.helpers.arrayElement(TASKS),
          bodyV2: {
            markdown,
            blocknote: markdownToBlocknote(markdown, id.slice(0, 8)),
          },
          dueAt: addDays(
            ctx.referenceDate,
            faker.number.float({ min: -20, max: 45 }),
          ),
          status,
          assigneeId: faker.datatype.boolean(0.9)
            ? faker.helpers.arrayElement(ctx.members).id
            : null,
          position: index,
          createdAt,
          updatedAt: createdAt,
          createdBy: manualActor(author),
          updatedBy: manualActor(author),
        },
        targets: buildActivityTargetRecords({
          ctx,
          activity: 'task',
          activityIndex: index,
          activityId: id,
          about: pickActivityTargets(faker, ctx),
          author,
          createdAt,
        }),
      };
    },
  };
};
