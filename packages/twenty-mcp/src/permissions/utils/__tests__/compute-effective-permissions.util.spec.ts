import {
  buildDemoWorkspaceSchema,
  fullAccessRole,
} from '../../../../test/fixtures/demo-workspace-schema.fixture';
import { computeEffectivePermissions } from '../compute-effective-permissions.util';

describe('computeEffectivePermissions', () => {
  const schema = buildDemoWorkspaceSchema();
  const objectId = (name: string) =>
    schema.objects.find((object) => object.nameSingular === name)!.id;
  const fieldId = (objectName: string, fieldName: string) =>
    schema.objects
      .find((object) => object.nameSingular === objectName)!
      .fields.find((field) => field.name === fieldName)!.id;
  const ALL_SCOPES = ['read', 'write', 'delete', 'destroy'] as const;

  it('should give a full role every operation on every object', () => {
    const permissions = computeEffectivePermissions({
      schema,
      role: fullAccessRole(),
      scopes: ALL_SCOPES,
    });

    expect(permissions.objects.get('person')).toMatchObject({
      canRead: true,
      canCreate: true,
      canUpdate: true,
      canSoftDelete: true,
      canDestroy: true,
    });
    expect(permissions.objects.size).toBe(schema.objects.length);
  });

  it('should let an object override win over the role default, and drop unreadable objects', () => {
    const permissions = computeEffectivePermissions({
      schema,
      role: fullAccessRole({
        objectOverrides: {
          [objectId('opportunity')]: {
            canReadObjectRecords: false,
            canUpdateObjectRecords: null,
            canSoftDeleteObjectRecords: null,
            canDestroyObjectRecords: null,
          },
          [objectId('company')]: {
            canReadObjectRecords: null,
            canUpdateObjectRecords: false,
            canSoftDeleteObjectRecords: null,
            canDestroyObjectRecords: null,
          },
        },
      }),
      scopes: ALL_SCOPES,
    });

    expect(permissions.objects.has('opportunity')).toBe(false);
    expect(permissions.objects.get('company')).toMatchObject({
      canRead: true,
      canCreate: false,
      canUpdate: false,
      canSoftDelete: true,
    });
  });

  it('should hide unreadable fields and make non-updatable fields read-only', () => {
    const permissions = computeEffectivePermissions({
      schema,
      role: fullAccessRole({
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
      scopes: ALL_SCOPES,
    });
    const person = permissions.objects.get('person')!;

    expect(person.readableFieldNames.has('phones')).toBe(false);
    expect(person.updatableFieldNames.has('phones')).toBe(false);
    expect(person.readableFieldNames.has('emails')).toBe(true);
    expect(person.updatableFieldNames.has('emails')).toBe(false);
    expect(person.updatableFieldNames.has('jobTitle')).toBe(true);
  });

  it('should never grant more than the credential scopes', () => {
    const readOnly = computeEffectivePermissions({
      schema,
      role: fullAccessRole(),
      scopes: ['read'],
    });
    const none = computeEffectivePermissions({
      schema,
      role: fullAccessRole(),
      scopes: [],
    });

    expect(readOnly.objects.get('person')).toMatchObject({
      canRead: true,
      canCreate: false,
      canUpdate: false,
      canSoftDelete: false,
      canDestroy: false,
    });
    expect(readOnly.objects.get('person')!.updatableFieldNames.size).toBe(0);
    expect(none.objects.size).toBe(0);
  });
});
