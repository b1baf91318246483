import { type RelationOnDeleteAction } from '@twenty-mcp/twenty-layout';

import { type EffectivePermissions } from '../../domain/permissions/types/effective-permissions.type';
import {
  type ObjectSchema,
  type WorkspaceSchema,
} from '../../domain/workspace/types/workspace-schema.type';
import { type DestroyRelatedEffect } from '../types/destroy-related-effect.type';

const EFFECTS: Record<RelationOnDeleteAction, (label: string) => string> = {
  CASCADE: (label) => `${label} pointing at them are destroyed with them`,
  SET_NULL: (label) => `${label} pointing at them are kept, the link cleared`,
  RESTRICT: (label) =>
    `${label} pointing at them make the destroy fail until they are removed or relinked`,
  NO_ACTION: (label) =>
    `${label} pointing at them make the destroy fail until they are removed or relinked`,
};

// What destroying records of `object` does to records of other objects
// that link to them, for the relations the caller can see (readable object
// and field). Twenty creates each many-to-one's foreign key with the
// relation's `settings.onDelete`, CASCADE when it has none
// (docs/guardrails.md).
export const describeDestroyRelatedEffects = (
  workspace: WorkspaceSchema,
  permissions: EffectivePermissions,
  object: ObjectSchema,
): DestroyRelatedEffect[] =>
  workspace.objects.flatMap((source) => {
    const access = permissions.objects.get(source.nameSingular);

    if (!access?.canRead) {
      return [];
    }

    return source.fields.flatMap((field): DestroyRelatedEffect[] => {
      const relation = field.relation;

      if (
        !relation ||
        relation.direction !== 'MANY_TO_ONE' ||
        relation.targetObjectName !== object.nameSingular ||
        !access.readableFieldNames.has(field.name)
      ) {
        return [];
      }

      const onDelete = relation.onDelete ?? 'CASCADE';

      return [
        {
          object: source.nameSingular,
          field: field.name,
          onDelete,
          effect: EFFECTS[onDelete](`${source.labelPlural} (${field.name})`),
        },
      ];
    });
  });
