import {
  buildDemoWorkspaceSchema,
  fullAccessRole,
} from '../../../../../test/fixtures/demo-workspace-schema.fixture';
import { type McpScope } from '../../../principal/types/mcp-scope.type';
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

  it('should allow erasing people only with the erase scope on top of the right to destroy them', () => {
    const erasing = (scopes: readonly McpScope[], canDestroy = true) =>
      computeEffectivePermissions({
        schema,
        role: fullAccessRole({ canDestroyAllObjectRecords: canDestroy }),
        scopes,
      });
    const eraseAndDestroy: McpScope[] = ['read', 'destroy', 'erase'];

    expect(erasing(ALL_SCOPES).objects.get('person')!.canErase).toBe(false);
    expect(erasing(eraseAndDestroy).objects.get('person')!.canErase).toBe(true);
    // Only people are erased; erase alone destroys nothing.
    expect(erasing(eraseAndDestroy).objects.get('company')!.canErase).toBe(
      false,
    );
    expect(erasing(['read', 'erase']).objects.get('person')!.canErase).toBe(
      false,
    );
    expect(
      erasing(eraseAndDestroy, false).objects.get('person')!.canErase,
    ).toBe(false);
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

  describe('with workspace exposure and a token allow-list', () => {
    const customObject = schema.objects.find((object) => object.isCustom)!;
    const expose = (
      rows: [string, Partial<Parameters<typeof exposureRow>[0]>][],
      exposeNewObjects = false,
    ) => ({
      exposeNewObjects,
      objects: new Map(
        rows.map(([objectName, row]) => [
          objectId(objectName),
          exposureRow(row),
        ]),
      ),
    });
    const exposureRow = ({
      canRead = true,
      canCreate = true,
      canUpdate = true,
      canDelete = true,
      hiddenFieldIds = new Set<string>(),
    }: {
      canRead?: boolean;
      canCreate?: boolean;
      canUpdate?: boolean;
      canDelete?: boolean;
      hiddenFieldIds?: ReadonlySet<string>;
    }) => ({ canRead, canCreate, canUpdate, canDelete, hiddenFieldIds });

    it('should expose standard objects by default and custom objects only on opt-in', () => {
      const closed = computeEffectivePermissions({
        schema,
        role: fullAccessRole(),
        scopes: ALL_SCOPES,
        exposure: expose([]),
      });
      const open = computeEffectivePermissions({
        schema,
        role: fullAccessRole(),
        scopes: ALL_SCOPES,
        exposure: expose([], true),
      });

      expect(closed.objects.has('person')).toBe(true);
      expect(closed.objects.has(customObject.nameSingular)).toBe(false);
      expect(open.objects.has(customObject.nameSingular)).toBe(true);
    });

    it('should grant exactly role ∩ scopes ∩ exposure for each operation', () => {
      const permissions = computeEffectivePermissions({
        schema,
        role: fullAccessRole({
          objectOverrides: {
            [objectId('company')]: {
              canReadObjectRecords: null,
              canUpdateObjectRecords: false,
              canSoftDeleteObjectRecords: null,
              canDestroyObjectRecords: null,
            },
          },
        }),
        scopes: ['read', 'write', 'delete'],
        exposure: expose([
          ['person', { canCreate: false, canDelete: false }],
          ['company', {}],
          ['opportunity', { canRead: false }],
        ]),
      });

      expect(permissions.objects.get('person')).toMatchObject({
        canRead: true,
        canCreate: false,
        canUpdate: true,
        canSoftDelete: false,
        canDestroy: false,
      });
      // The role forbids updating companies; exposure cannot give it back.
      expect(permissions.objects.get('company')).toMatchObject({
        canCreate: false,
        canUpdate: false,
        canSoftDelete: true,
        canDestroy: false,
      });
      expect(permissions.objects.has('opportunity')).toBe(false);
      // Relations to an unexposed object disappear like unreadable fields.
      expect(
        permissions.objects
          .get('person')!
          .readableFieldNames.has('pointOfContactForOpportunities'),
      ).toBe(false);
    });

    it('should hide fields the admin hid, for reading and writing', () => {
      const permissions = computeEffectivePermissions({
        schema,
        role: fullAccessRole(),
        scopes: ALL_SCOPES,
        exposure: expose([
          [
            'person',
            { hiddenFieldIds: new Set([fieldId('person', 'phones')]) },
          ],
        ]),
      });
      const person = permissions.objects.get('person')!;

      expect(person.readableFieldNames.has('phones')).toBe(false);
      expect(person.updatableFieldNames.has('phones')).toBe(false);
      expect(person.readableFieldNames.has('emails')).toBe(true);
    });

    it('should limit a token to its allow-listed objects', () => {
      const permissions = computeEffectivePermissions({
        schema,
        role: fullAccessRole(),
        scopes: ALL_SCOPES,
        exposure: expose([], true),
        objectAllowList: [objectId('person'), objectId('company')],
      });

      expect([...permissions.objects.keys()].sort()).toEqual([
        'company',
        'person',
      ]);
      expect(
        permissions.objects.get('company')!.readableFieldNames.has('people'),
      ).toBe(true);
      expect(
        permissions.objects
          .get('company')!
          .readableFieldNames.has('opportunities'),
      ).toBe(false);
    });
  });
});
