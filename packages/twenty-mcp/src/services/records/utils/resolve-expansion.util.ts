import { type EffectivePermissions } from '../../../domain/permissions/types/effective-permissions.type';
import {
  type FieldSchema,
  type WorkspaceSchema,
} from '../../../domain/workspace/types/workspace-schema.type';
import { type ManyToOneExpansion } from '../../../domain/records/types/many-to-one-expansion.type';
import { type OneToManyExpansion } from '../../../domain/records/types/one-to-many-expansion.type';
import { findLabelField } from '../../../domain/workspace/utils/find-label-field.util';
import { isManyToOneField } from '../../../domain/workspace/utils/is-many-to-one-field.util';
import { resolveRelationTarget } from './resolve-relation-target.util';

// How to expand one relation field, or null if it cannot be expanded for
// this caller (target unreadable, inverse side unknown).
export const resolveExpansion = (
  field: FieldSchema,
  workspace: WorkspaceSchema,
  permissions: EffectivePermissions | undefined,
):
  | { kind: 'manyToOne'; expansion: ManyToOneExpansion }
  | { kind: 'oneToMany'; expansion: OneToManyExpansion }
  | null => {
  const target = resolveRelationTarget(field, workspace, permissions);

  if (!target || !field.relation) {
    return null;
  }

  const labelField = findLabelField(target);

  if (isManyToOneField(field)) {
    return {
      kind: 'manyToOne',
      expansion: {
        field,
        joinColumnName: field.relation.joinColumnName,
        target,
        labelField,
      },
    };
  }

  const inverse = target.object.fields.find(
    (candidate) => candidate.name === field.relation?.targetFieldName,
  );

  return inverse && isManyToOneField(inverse)
    ? {
        kind: 'oneToMany',
        expansion: {
          field,
          target,
          joinColumnName: inverse.relation.joinColumnName,
          labelField,
        },
      }
    : null;
};
