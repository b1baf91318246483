import {
  buildDemoWorkspaceSchema,
  fullAccessRole,
} from '../../../../../test/fixtures/demo-workspace-schema.fixture';
import { type McpScope } from '../../../principal/types/mcp-scope.type';
import { type RolePermissions } from '../../types/role-permissions.type';
import { computeEffectivePermissions } from '../compute-effective-permissions.util';

const ALL_SCOPES: McpScope[] = ['read', 'write', 'delete', 'destroy'];
const DEMO_TARGET_OBJECTS = [
  'person',
  'company',
  'opportunity',
  'subscription',
  'supportTicket',
];

type Override = RolePermissions['objectOverrides'][string];

describe('activity targets access (computeEffectivePermissions)', () => {
  const schema = buildDemoWorkspaceSchema();
  const objectId = (name: string) =>
    schema.objects.find((object) => object.nameSingular === name)!.id;
  const override = (values: Partial<Override>): Override => ({
    canReadObjectRecords: null,
    canUpdateObjectRecords: null,
    canSoftDeleteObjectRecords: null,
    canDestroyObjectRecords: null,
    ...values,
  });
  const targetsOf = (
    objectName: string,
    role: Partial<RolePermissions> = {},
    scopes: McpScope[] = ALL_SCOPES,
  ) =>
    computeEffectivePermissions({
      schema,
      role: fullAccessRole(role),
      scopes,
    }).objects.get(objectName)?.activityTargets;

  it('should let a full role see and change links to every target object', () => {
    expect(targetsOf('note')).toEqual({
      objectNames: DEMO_TARGET_OBJECTS,
      canWrite: true,
    });
    expect(targetsOf('task')).toEqual({
      objectNames: DEMO_TARGET_OBJECTS,
      canWrite: true,
    });
    expect(targetsOf('company')).toBeUndefined();
  });

  it('should leave out target objects the role cannot read', () => {
    expect(
      targetsOf('note', {
        objectOverrides: {
          [objectId('opportunity')]: override({ canReadObjectRecords: false }),
        },
      })?.objectNames,
    ).toEqual(['person', 'company', 'subscription', 'supportTicket']);
  });

  it('should not let a role change links of notes it may not update', () => {
    expect(targetsOf('note', { canUpdateAllObjectRecords: false })).toEqual({
      objectNames: DEMO_TARGET_OBJECTS,
      canWrite: false,
    });
    expect(targetsOf('note', {}, ['read'])?.canWrite).toBe(false);
  });

  it('should open the system junction to a role without a row for it, as Twenty does', () => {
    // A role that reads and updates nothing but notes and companies.
    const targets = targetsOf('note', {
      canReadAllObjectRecords: false,
      canUpdateAllObjectRecords: false,
      objectOverrides: {
        [objectId('note')]: override({
          canReadObjectRecords: true,
          canUpdateObjectRecords: true,
        }),
        [objectId('company')]: override({ canReadObjectRecords: true }),
      },
    });

    expect(targets).toEqual({ objectNames: ['company'], canWrite: true });
  });

  it("should apply the role's explicit permission row of the junction", () => {
    expect(
      targetsOf('note', {
        objectOverrides: {
          [objectId('noteTarget')]: override({ canUpdateObjectRecords: false }),
        },
      }),
    ).toEqual({ objectNames: DEMO_TARGET_OBJECTS, canWrite: false });
    expect(
      targetsOf('note', {
        objectOverrides: {
          [objectId('noteTarget')]: override({ canReadObjectRecords: false }),
        },
      }),
    ).toBeUndefined();
    // taskTarget keeps its own rules.
    expect(
      targetsOf('task', {
        objectOverrides: {
          [objectId('noteTarget')]: override({ canReadObjectRecords: false }),
        },
      })?.canWrite,
    ).toBe(true);
  });
});
