import { buildCreateInputSchema } from '../build-create-input-schema.util';
import { compileSchema } from './compile-schema.fixture';
import { DEMO_CREATE_INPUTS, DEMO_INVALID_WRITES } from './demo-inputs.fixture';
import { demoObjectView } from './demo-object-view.fixture';

const DEMO_OBJECTS = Object.keys(DEMO_CREATE_INPUTS);

describe('buildCreateInputSchema', () => {
  it.each(DEMO_OBJECTS)('should accept a %s to create', (objectName) => {
    const validate = compileSchema(
      buildCreateInputSchema(demoObjectView(objectName)),
    );

    expect(validate(DEMO_CREATE_INPUTS[objectName])).toBe(true);
    expect(validate({})).toBe(true);
  });

  it.each(DEMO_OBJECTS)(
    'should reject read-only, unknown and mistyped %s fields',
    (objectName) => {
      const validate = compileSchema(
        buildCreateInputSchema(demoObjectView(objectName)),
      );

      for (const change of DEMO_INVALID_WRITES[objectName]) {
        expect({ change, valid: validate(change) }).toEqual({
          change,
          valid: false,
        });
      }
      expect(validate({ nickname: 'x' })).toBe(false);
    },
  );

  it('should require non-nullable fields without a default', () => {
    const schema = buildCreateInputSchema(demoObjectView('workspaceMember'));
    const validate = compileSchema(schema);

    expect(schema.required).toEqual(['name']);
    expect(validate({})).toBe(false);
    expect(validate({ name: { firstName: 'Ada' } })).toBe(true);
  });

  it('should state literal defaults and leave computed ones out', () => {
    const properties = buildCreateInputSchema(
      demoObjectView('supportTicket'),
    ).properties;

    expect(properties?.priority.default).toBe('MEDIUM');
    expect(properties?.isResolved.default).toBe(false);
    expect(properties?.openedAt).toEqual({
      type: 'string',
      format: 'date-time',
    });
  });

  it('should write currency in units and NUMERIC as a string or a number', () => {
    const validate = compileSchema(
      buildCreateInputSchema(demoObjectView('subscription')),
    );

    expect(validate({ monthlyRecurringRevenue: { amount: 12.34 } })).toBe(true);
    expect(validate({ usageUnits: '1234.567' })).toBe(true);
    expect(validate({ usageUnits: 1234.567 })).toBe(true);
    expect(validate({ usageUnits: true })).toBe(false);
  });
});
