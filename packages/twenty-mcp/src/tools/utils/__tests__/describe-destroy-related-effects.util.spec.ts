import {
  buildDemoWorkspaceSchema,
  fullAccessRole,
} from '../../../../test/fixtures/demo-workspace-schema.fixture';
import { computeEffectivePermissions } from '../../../domain/permissions/utils/compute-effective-permissions.util';
import { type RolePermissions } from '../../../domain/permissions/types/role-permissions.type';
import { describeDestroyRelatedEffects } from '../describe-destroy-related-effects.util';

const ALL_SCOPES = ['read', 'write', 'delete', 'destroy'] as const;
const schema = buildDemoWorkspaceSchema();
const objectOf = (name: string) =>
  schema.objects.find((object) => object.nameSingular === name)!;

const effectsOnCompany = (role: RolePermissions) =>
  describeDestroyRelatedEffects(
    schema,
    computeEffectivePermissions({ schema, role, scopes: ALL_SCOPES }),
    objectOf('company'),
  );

describe('describeDestroyRelatedEffects', () => {
  it("should list the many-to-one relations pointing at the object with their foreign key's ON DELETE", () => {
    const effects = effectsOnCompany(fullAccessRole());

    expect(effects).toContainEqual({
      object: 'person',
      field: 'company',
      onDelete: 'SET_NULL',
      effect: 'People (company) pointing at them are kept, the link cleared',
    });
    expect(effects).toContainEqual({
      object: 'noteTarget',
      field: 'targetCompany',
      onDelete: 'CASCADE',
      effect:
        'Note Targets (targetCompany) pointing at them are destroyed with them',
    });
    // One-to-many sides and relations to other objects are not listed.
    expect(
      effects.every(({ object, field }) =>
        objectOf(object).fields.some(
          (candidate) =>
            candidate.name === field &&
            candidate.relation?.direction === 'MANY_TO_ONE' &&
            candidate.relation.targetObjectName === 'company',
        ),
      ),
    ).toBe(true);
    expect(effects.map(({ object }) => object)).not.toContain('company');
  });

  it("should take a relation without onDelete as CASCADE, Twenty's foreign key default", () => {
    const person = objectOf('person');
    const withoutOnDelete = {
      ...schema,
      objects: schema.objects.map((object) =>
        object === person
          ? {
              ...object,
              fields: object.fields.map((field) =>
                field.name === 'company'
                  ? {
                      ...field,
                      relation: { ...field.relation!, onDelete: null },
                    }
                  : field,
              ),
            }
          : object,
      ),
    };
    const effects = describeDestroyRelatedEffects(
      withoutOnDelete,
      computeEffectivePermissions({
        schema: withoutOnDelete,
        role: fullAccessRole(),
        scopes: ALL_SCOPES,
      }),
      objectOf('company'),
    );

    expect(effects).toContainEqual(
      expect.objectContaining({
        object: 'person',
        field: 'company',
        onDelete: 'CASCADE',
      }),
    );
  });

  it('should leave out relations on objects or fields the caller cannot read', () => {
    const person = objectOf('person');
    const companyField = person.fields.find(
      (field) => field.name === 'company',
    )!;
    const effects = effectsOnCompany(
      fullAccessRole({
        objectOverrides: {
          [objectOf('opportunity').id]: {
            canReadObjectRecords: false,
            canUpdateObjectRecords: false,
            canSoftDeleteObjectRecords: false,
            canDestroyObjectRecords: false,
          },
        },
        fieldRestrictions: {
          [companyField.id]: {
            canReadFieldValue: false,
            canUpdateFieldValue: false,
          },
        },
      }),
    );
    const listed = effects.map(({ object, field }) => `${object}.${field}`);

    expect(listed).not.toContain('opportunity.company');
    expect(listed).not.toContain('person.company');
    expect(listed).toContain('subscription.company');
  });
});
