import { type ActivityTargetsAccess } from './activity-targets-access.type';

// What one principal may do with one object. Twenty's "update" permission
// covers creating records too; restoring needs the soft-delete permission.
export type ObjectAccess = {
  canRead: boolean;
  canCreate: boolean;
  canUpdate: boolean;
  canSoftDelete: boolean;
  canDestroy: boolean;
  // Erasing a record and its personal data elsewhere (a person, with the
  // `erase` scope; docs/guardrails.md, "Erasure").
  canErase: boolean;
  readableFieldNames: ReadonlySet<string>;
  updatableFieldNames: ReadonlySet<string>;
  // Notes and tasks whose links this principal may see; absent otherwise.
  activityTargets?: ActivityTargetsAccess;
};
