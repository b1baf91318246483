import { buildUpdateInputSchema } from '../build-update-input-schema.util';
import { compileSchema } from './compile-schema.fixture';
import { DEMO_CREATE_INPUTS, DEMO_INVALID_WRITES } from './demo-inputs.fixture';
import { demoObjectView } from './demo-object-view.fixture';

const DEMO_OBJECTS = Object.keys(DEMO_CREATE_INPUTS);
const ID = '6d1f6f0e-2c1a-4f1e-9d55-0c4bb1d0a009';

describe('buildUpdateInputSchema', () => {
  it.each(DEMO_OBJECTS)(
    'should accept a %s update with its id and any writable fields',
    (objectName) => {
      const validate = compileSchema(
        buildUpdateInputSchema(demoObjectView(objectName)),
      );

      expect(validate({ id: ID, ...DEMO_CREATE_INPUTS[objectName] })).toBe(
        true,
      );
      expect(validate({ id: ID })).toBe(true);
      expect(validate(DEMO_CREATE_INPUTS[objectName])).toBe(false);
    },
  );

  it.each(DEMO_OBJECTS)(
    'should reject read-only, unknown and mistyped %s fields',
    (objectName) => {
      const validate = compileSchema(
        buildUpdateInputSchema(demoObjectView(objectName)),
      );

      for (const change of DEMO_INVALID_WRITES[objectName].filter(
        (candidate) => !('id' in candidate),
      )) {
        expect({ change, valid: validate({ id: ID, ...change }) }).toEqual({
          change,
          valid: false,
        });
      }
      expect(validate({ id: 'x' })).toBe(false);
    },
  );

  it('should take any subset of a composite and no defaults', () => {
    const schema = buildUpdateInputSchema(demoObjectView('person'));
    const validate = compileSchema(schema);

    expect(validate({ id: ID, name: { lastName: 'Smith' } })).toBe(true);
    expect(schema.required).toEqual(['id']);
    expect(JSON.stringify(schema)).not.toContain('"default"');
  });
});
