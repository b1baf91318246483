import {
  buildDemoWorkspaceSchema,
  fullAccessRole,
} from '../../../../../test/fixtures/demo-workspace-schema.fixture';
import { MCP_SCOPES } from '../../../principal/types/mcp-scope.type';
import { computeEffectivePermissions } from '../compute-effective-permissions.util';
import { listPermissionExcesses } from '../list-permission-excesses.util';

describe('listPermissionExcesses', () => {
  const schema = buildDemoWorkspaceSchema();
  const objectId = (name: string) =>
    schema.objects.find((object) => object.nameSingular === name)!.id;
  const fieldId = (objectName: string, fieldName: string) =>
    schema.objects
      .find((object) => object.nameSingular === objectName)!
      .fields.find((field) => field.name === fieldName)!.id;
  const noDelete = fullAccessRole({
    canSoftDeleteAllObjectRecords: false,
    canDestroyAllObjectRecords: false,
  });
  const holder = computeEffectivePermissions({
    schema,
    role: noDelete,
    scopes: MCP_SCOPES,
  });
  const excesses = (
    role: ReturnType<typeof fullAccessRole>,
    scopes: (typeof MCP_SCOPES)[number][],
    objectAllowList: string[] | null = null,
    against = holder,
  ) =>
    listPermissionExcesses({
      schema,
      granted: computeEffectivePermissions({
        schema,
        role,
        scopes,
        objectAllowList,
      }),
      holder: against,
    });

  it('should find nothing when the grant is the holder’s own role', () => {
    expect(excesses(noDelete, [...MCP_SCOPES])).toEqual([]);
  });

  it('should name each object and operation a stronger role adds', () => {
    const found = excesses(fullAccessRole(), ['read', 'destroy']);

    expect(found).toContainEqual({
      objectLabel: 'Companies',
      rights: ['destroy'],
    });
    expect(found.every(({ rights }) => rights.join() === 'destroy')).toBe(true);
  });

  it('should judge rights, not role names: a stronger role with weaker scopes is within', () => {
    expect(excesses(fullAccessRole(), ['read', 'write'])).toEqual([]);
  });

  it('should name objects and fields the holder cannot read, and an allow-list can avoid them', () => {
    const restricted = computeEffectivePermissions({
      schema,
      role: fullAccessRole({
        objectOverrides: {
          [objectId('opportunity')]: {
            canReadObjectRecords: false,
            canUpdateObjectRecords: null,
            canSoftDeleteObjectRecords: null,
            canDestroyObjectRecords: null,
          },
        },
        fieldRestrictions: {
          [fieldId('person', 'phones')]: {
            canReadFieldValue: false,
            canUpdateFieldValue: false,
          },
        },
      }),
      scopes: MCP_SCOPES,
    });
    const found = excesses(fullAccessRole(), ['read'], null, restricted);

    expect(found).toContainEqual({
      objectLabel: 'Opportunities',
      rights: ['read'],
    });
    // A relation to an unreadable object is unreadable too.
    expect(found).toContainEqual({
      objectLabel: 'People',
      rights: ['read phones, pointOfContactForOpportunities'],
    });
    // Objects admins see come first, system ones (links) last.
    expect(
      found.findIndex(({ objectLabel }) => objectLabel === 'Note Targets'),
    ).toBeGreaterThan(
      found.findIndex(({ objectLabel }) => objectLabel === 'Notes'),
    );
    expect(
      excesses(fullAccessRole(), ['read'], [objectId('company')], restricted),
    ).toEqual([]);
  });

  it('should name fields the holder may read but not write', () => {
    const readOnlyEmails = computeEffectivePermissions({
      schema,
      role: fullAccessRole({
        fieldRestrictions: {
          [fieldId('person', 'emails')]: {
            canReadFieldValue: null,
            canUpdateFieldValue: false,
          },
        },
      }),
      scopes: MCP_SCOPES,
    });

    expect(
      excesses(fullAccessRole(), ['read', 'write'], null, readOnlyEmails),
    ).toEqual([{ objectLabel: 'People', rights: ['write emails'] }]);
  });
});
