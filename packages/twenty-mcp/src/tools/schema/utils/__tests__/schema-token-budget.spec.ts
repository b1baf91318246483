import { buildCreateInputSchema } from '../build-create-input-schema.util';
import { buildFilterSchema } from '../build-filter-schema.util';
import { buildOrderBySchema } from '../build-order-by-schema.util';
import { buildRecordOutputSchema } from '../build-record-output-schema.util';
import { countTokens } from '../count-tokens.util';
import { demoObjectView } from './demo-object-view.fixture';

// Upper bounds (o200k_base tokens) per demo object, about 10% above what
// the schemas cost today: a change that makes them notably larger has to
// update these numbers on purpose. subscription carries every field type.
const BUDGETS: Record<
  string,
  { output: number; create: number; filter: number; orderBy: number }
> = {
  person: { output: 1020, create: 450, filter: 1100, orderBy: 590 },
  company: { output: 1130, create: 700, filter: 1410, orderBy: 660 },
  opportunity: { output: 810, create: 270, filter: 1070, orderBy: 360 },
  note: { output: 510, create: 145, filter: 860, orderBy: 270 },
  task: { output: 660, create: 230, filter: 990, orderBy: 300 },
  subscription: { output: 1600, create: 1010, filter: 2470, orderBy: 960 },
  supportTicket: { output: 850, create: 340, filter: 1460, orderBy: 360 },
};

describe('countTokens of generated schemas', () => {
  const counts = Object.keys(BUDGETS).map((objectName) => {
    const view = demoObjectView(objectName);

    return {
      objectName,
      output: countTokens(buildRecordOutputSchema(view)),
      create: countTokens(buildCreateInputSchema(view)),
      filter: countTokens(buildFilterSchema(view)),
      orderBy: countTokens(buildOrderBySchema(view)),
    };
  });

  it('should stay within the token budget of each demo object', () => {
    console.table(counts);

    const overBudget = counts.flatMap(({ objectName, ...tokens }) =>
      Object.entries(tokens)
        .filter(
          ([schema, count]) =>
            count > BUDGETS[objectName][schema as keyof typeof tokens],
        )
        .map(([schema, count]) => `${objectName}.${schema}: ${count}`),
    );

    expect(overBudget).toEqual([]);
  });
});
