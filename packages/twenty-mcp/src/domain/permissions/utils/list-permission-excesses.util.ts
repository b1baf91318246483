import { type WorkspaceSchema } from '../../workspace/types/workspace-schema.type';
import { type EffectivePermissions } from '../types/effective-permissions.type';
import { type ObjectAccess } from '../types/object-access.type';
import { type PermissionExcess } from '../types/permission-excess.type';

const OPERATIONS: [keyof ObjectAccess, string][] = [
  ['canCreate', 'create'],
  ['canUpdate', 'update'],
  ['canSoftDelete', 'delete'],
  ['canDestroy', 'destroy'],
  ['canErase', 'erase'],
];

const missingFrom = (
  wanted: Iterable<string>,
  held: ReadonlySet<string> | undefined,
) => [...wanted].filter((name) => !held?.has(name));

// Compares what a credential would be allowed (`granted`) with what the
// person or key granting it is allowed (`holder`), object by object,
// operation by operation and field by field, whatever the roles are called:
// every right of the first must be a right of the second.
export const listPermissionExcesses = ({
  schema,
  granted,
  holder,
}: {
  schema: WorkspaceSchema;
  granted: EffectivePermissions;
  holder: EffectivePermissions;
}): PermissionExcess[] =>
  // Objects admins know first; system objects (links, members) follow
  // from them.
  [
    ...schema.objects.filter((object) => !object.isSystem),
    ...schema.objects.filter((object) => object.isSystem),
  ].flatMap((object) => {
    const wanted = granted.objects.get(object.nameSingular);

    if (!wanted) {
      return [];
    }

    const held = holder.objects.get(object.nameSingular);

    if (!held) {
      return [{ objectLabel: object.labelPlural, rights: ['read'] }];
    }

    const rights = OPERATIONS.filter(
      ([key]) => wanted[key] === true && held[key] !== true,
    ).map(([, right]) => right);
    const unreadable = missingFrom(
      wanted.readableFieldNames,
      held.readableFieldNames,
    );
    const unwritable = missingFrom(
      wanted.updatableFieldNames,
      held.updatableFieldNames,
    );
    const unlinkable = missingFrom(
      wanted.activityTargets?.objectNames ?? [],
      new Set(held.activityTargets?.objectNames ?? []),
    );

    if (unreadable.length > 0) {
      rights.push(`read ${unreadable.join(', ')}`);
    }

    if (unwritable.length > 0) {
      rights.push(`write ${unwritable.join(', ')}`);
    }

    if (unlinkable.length > 0) {
      rights.push(`see links to ${unlinkable.join(', ')}`);
    }

    if (wanted.activityTargets?.canWrite && !held.activityTargets?.canWrite) {
      rights.push('change links');
    }

    return rights.length > 0
      ? [{ objectLabel: object.labelPlural, rights }]
      : [];
  });
