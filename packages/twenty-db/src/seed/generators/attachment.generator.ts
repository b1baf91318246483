import { type GeneratorContext } from './types/generator-context.type';
import { manualActor } from './utils/actor.util';
import { createSeededFaker } from './utils/create-seeded-faker.util';
import { addDays } from './utils/seed-dates.util';
import { targetColumn } from './utils/pick-activity-target.util';

const FILES: [string, string, string][] = [
  ['Signed order form', 'pdf', 'TEXT_DOCUMENT'],
  ['Security questionnaire', 'xlsx', 'SPREADSHEET'],
  ['Kickoff deck', 'pptx', 'PRESENTATION'],
  ['Architecture diagram', 'png', 'IMAGE'],
  ['Call recording', 'mp3', 'AUDIO'],
];

export const createAttachmentGenerator = (ctx: GeneratorContext) => {
  const faker = createSeededFaker(ctx.seed, 'attachment');

  return {
    next: (index: number): Record<string, unknown> => {
      const [label, extension, fileCategory] =
        faker.helpers.arrayElement(FILES);
      const objectName = faker.helpers.arrayElement([
        'company',
        'opportunity',
      ] as const);
      const count =
        objectName === 'company'
          ? ctx.counts.companies
          : ctx.counts.opportunities;
      const author = faker.helpers.arrayElement(ctx.members);
      const fileId = ctx.recordId('file', index);
      const name = `${label}.${extension}`;
      const createdAt = addDays(
        ctx.referenceDate,
        -faker.number.float({ min: 0, max: 200 }),
      );

      return {
        id: ctx.recordId('attachment', index),
        name,
        file: [{ fileId, label: name, extension }],
        fullPath: `attachment/${fileId}.${extension}`,
        fileCategory,
        [targetColumn(objectName)]: ctx.recordId(
          objectName,
          faker.number.int({ min: 0, max: count - 1 }),
        ),
        position: index,
        createdAt,
        updatedAt: createdAt,
        createdBy: manualActor(author),
        updatedBy: manualActor(author),
      };
    },
  };
};
