import { buildFilterSchema } from '../build-filter-schema.util';
import { buildOrderBySchema } from '../build-order-by-schema.util';
import { buildRecordOutputSchema } from '../build-record-output-schema.util';
import { hoistSchemaDefs } from '../hoist-schema-defs.util';
import { compileSchema } from './compile-schema.fixture';
import { demoObjectView } from './demo-object-view.fixture';
import { DEMO_RECORDS } from './demo-records.fixture';

describe('hoistSchemaDefs', () => {
  it('should make embedded filter and orderBy schemas resolve from a tool root', () => {
    const view = demoObjectView('opportunity');
    const inputSchema = hoistSchemaDefs({
      type: 'object',
      properties: {
        filter: buildFilterSchema(view),
        orderBy: buildOrderBySchema(view),
      },
      additionalProperties: false,
    });
    const validate = compileSchema(inputSchema);

    expect(inputSchema.properties?.filter.$defs).toBeUndefined();
    expect(inputSchema.$defs?.opportunityFilter).toBeDefined();
    expect(
      validate({
        filter: { or: [{ stage: { eq: 'NEW' } }, { name: { like: 'A%' } }] },
        orderBy: [{ amount: { amount: 'DescNullsLast' } }],
      }),
    ).toBe(true);
    expect(validate({ filter: { stage: { eq: 'WON' } } })).toBe(false);
  });

  it('should merge identical defs of several objects into one', () => {
    const outputSchema = hoistSchemaDefs({
      type: 'object',
      properties: {
        people: {
          type: 'array',
          items: buildRecordOutputSchema(demoObjectView('person')),
        },
        companies: {
          type: 'array',
          items: buildRecordOutputSchema(demoObjectView('company')),
        },
      },
    });

    expect(Object.keys(outputSchema.$defs ?? {})).toContain('Links');
    expect(
      compileSchema(outputSchema)({
        people: [DEMO_RECORDS.person],
        companies: [DEMO_RECORDS.company],
      }),
    ).toBe(true);
  });

  it('should refuse two different defs of one name', () => {
    expect(() =>
      hoistSchemaDefs({
        type: 'object',
        properties: {
          a: { $ref: '#/$defs/X', $defs: { X: { type: 'string' } } },
          b: { $ref: '#/$defs/X', $defs: { X: { type: 'number' } } },
        },
      }),
    ).toThrow('Conflicting $defs entries named "X"');
  });
});
