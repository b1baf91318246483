import {
  buildDemoWorkspaceSchema,
  fullAccessRole,
} from '../../../../../test/fixtures/demo-workspace-schema.fixture';
import { buildCreateInputSchema } from '../build-create-input-schema.util';
import { buildExpandSchema } from '../build-expand-schema.util';
import { buildFieldNamesSchema } from '../build-field-names-schema.util';
import { buildFilterSchema } from '../build-filter-schema.util';
import { buildOrderBySchema } from '../build-order-by-schema.util';
import { buildRecordOutputSchema } from '../build-record-output-schema.util';
import { buildUpdateInputSchema } from '../build-update-input-schema.util';
import { compileSchema } from './compile-schema.fixture';
import { demoObjectView } from './demo-object-view.fixture';
import { DEMO_RECORDS } from './demo-records.fixture';

const fieldId = (objectName: string, fieldName: string): string => {
  const field = buildDemoWorkspaceSchema()
    .objects.find((object) => object.nameSingular === objectName)
    ?.fields.find((candidate) => candidate.name === fieldName);

  if (!field) {
    throw new Error(`No field ${objectName}.${fieldName}`);
  }

  return field.id;
};

// person.phones hidden, person.emails read-only.
const view = demoObjectView(
  'person',
  fullAccessRole({
    fieldRestrictions: {
      [fieldId('person', 'phones')]: {
        canReadFieldValue: false,
        canUpdateFieldValue: false,
      },
      [fieldId('person', 'emails')]: {
        canReadFieldValue: null,
        canUpdateFieldValue: false,
      },
    },
  }),
);
const ID = DEMO_RECORDS.person.id;

describe('schema builders with field restrictions', () => {
  const schemas = {
    output: buildRecordOutputSchema(view),
    create: buildCreateInputSchema(view),
    update: buildUpdateInputSchema(view),
    filter: buildFilterSchema(view),
    orderBy: buildOrderBySchema(view),
    fieldNames: buildFieldNamesSchema(view),
    expand: buildExpandSchema(view),
  };

  it.each(Object.entries(schemas))(
    'should leave a hidden field out of the %s schema entirely',
    (_name, schema) => {
      // Neither the field nor a def only it would use (Phones, PhonesFilter…).
      expect(JSON.stringify(schema)).not.toMatch(/phone/i);
    },
  );

  it('should show a read-only field in output, filter, orderBy and field names only', () => {
    expect(schemas.output.properties?.emails).toBeDefined();
    expect(schemas.filter.$defs?.personFilter.properties?.emails).toBeDefined();
    expect(schemas.orderBy.items?.properties?.emails).toBeDefined();
    expect(schemas.fieldNames.items?.enum).toContain('emails');
    expect(schemas.create.properties?.emails).toBeUndefined();
    expect(schemas.update.properties?.emails).toBeUndefined();
  });

  it('should reject the hidden and read-only fields in values', () => {
    const { phones, ...visible } = DEMO_RECORDS.person;

    expect(compileSchema(schemas.output)(visible)).toBe(true);
    expect(compileSchema(schemas.output)({ ...visible, phones })).toBe(false);
    expect(
      compileSchema(schemas.filter)({
        phones: { primaryPhoneNumber: { eq: '612345678' } },
      }),
    ).toBe(false);
    expect(
      compileSchema(schemas.filter)({
        emails: { primaryEmail: { eq: 'ada@acme.example' } },
      }),
    ).toBe(true);
    expect(
      compileSchema(schemas.create)({ emails: { primaryEmail: 'a@b.c' } }),
    ).toBe(false);
    expect(
      compileSchema(schemas.update)({
        id: ID,
        emails: { primaryEmail: 'a@b.c' },
      }),
    ).toBe(false);
    expect(compileSchema(schemas.update)({ id: ID, jobTitle: 'CEO' })).toBe(
      true,
    );
  });

  it('should offer no writable field to a read-only role', () => {
    const readOnly = demoObjectView(
      'person',
      fullAccessRole({ canUpdateAllObjectRecords: false }),
    );

    expect(buildCreateInputSchema(readOnly).properties).toEqual({});
    expect(
      Object.keys(buildUpdateInputSchema(readOnly).properties ?? {}),
    ).toEqual(['id']);
  });
});
