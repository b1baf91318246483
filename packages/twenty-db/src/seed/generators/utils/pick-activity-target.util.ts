import { type Faker } from '@faker-js/faker';

import { type GeneratorContext } from '../types/generator-context.type';

export type ActivityTarget = {
  objectName: 'company' | 'person' | 'opportunity';
  index: number;
};

// What a note or task is about: mostly companies and deals, sometimes people.
export const pickActivityTargets = (
  faker: Faker,
  ctx: GeneratorContext,
): ActivityTarget[] => {
  const primary = faker.helpers.weightedArrayElement([
    { weight: 4, value: 'company' as const },
    { weight: 3, value: 'opportunity' as const },
    { weight: 3, value: 'person' as const },
  ]);
  const count = {
    company: ctx.counts.companies,
    opportunity: ctx.counts.opportunities,
    person: ctx.counts.people,
  };
  const targets: ActivityTarget[] = [
    {
      objectName: primary,
      index: faker.number.int({ min: 0, max: count[primary] - 1 }),
    },
  ];

  if (primary !== 'person' && faker.datatype.boolean(0.4)) {
    targets.push({
      objectName: 'person',
      index: faker.number.int({ min: 0, max: count.person - 1 }),
    });
  }

  return targets;
};

export const targetColumn = (objectName: ActivityTarget['objectName']) =>
  `target${objectName.charAt(0).toUpperCase()}${objectName.slice(1)}Id`;
