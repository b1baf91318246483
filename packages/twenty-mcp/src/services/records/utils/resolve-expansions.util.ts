import { ACTIVITY_TARGETS_KEY } from '../../../domain/records/constants/activity-targets-key.const';
import { type Selection } from '../../../domain/records/types/selection.type';
import { type SelectionRequest } from '../types/selection-request.type';
import { formatNameList } from '../../../domain/exceptions/utils/format-name-list.util';
import { invalidArgument } from '../../../domain/exceptions/utils/invalid-argument.util';
import { isReadableField } from '../../../domain/workspace/utils/is-readable-field.util';
import { resolveActivityTargetsExpansion } from './resolve-activity-targets-expansion.util';
import { resolveExpansion } from './resolve-expansion.util';

// `expand` → expansion plans; a name that is not a readable relation to a
// readable object (or a note's or task's `targets`) is refused, listing the
// ones that can be expanded.
export const resolveExpansions = ({
  workspace,
  object,
  access,
  permissions,
  expand = [],
}: SelectionRequest): Pick<
  Selection,
  'manyToOne' | 'oneToMany' | 'activityTargets'
> => {
  const readable = object.fields.filter((field) =>
    isReadableField(field, access),
  );
  const expansions: Pick<
    Selection,
    'manyToOne' | 'oneToMany' | 'activityTargets'
  > = {
    manyToOne: [],
    oneToMany: [],
  };
  const activityTargets = resolveActivityTargetsExpansion(
    { object, access },
    workspace,
    permissions,
  );

  for (const name of expand) {
    if (name === ACTIVITY_TARGETS_KEY && activityTargets) {
      expansions.activityTargets = activityTargets;
      continue;
    }

    const field = readable.find((candidate) => candidate.name === name);
    const resolved = field
      ? resolveExpansion(field, workspace, permissions)
      : null;

    if (!resolved) {
      const expandable = readable.filter((candidate) =>
        resolveExpansion(candidate, workspace, permissions),
      );

      throw invalidArgument(
        `Cannot expand "${name}" on ${object.nameSingular}. Relations you can expand: ${formatNameList([...expandable.map((candidate) => candidate.name), ...(activityTargets ? [ACTIVITY_TARGETS_KEY] : [])])}`,
      );
    }

    if (resolved.kind === 'manyToOne') {
      expansions.manyToOne.push(resolved.expansion);
    } else {
      expansions.oneToMany.push(resolved.expansion);
    }
  }

  return expansions;
};
