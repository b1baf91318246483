import { type Selection } from '../types/selection.type';
import { type SelectionRequest } from '../types/selection-request.type';
import { formatNameList } from './format-name-list.util';
import { invalidArgument } from './invalid-argument.util';
import { isReadableField } from './is-readable-field.util';
import { resolveExpansion } from './resolve-expansion.util';

// `expand` → expansion plans; a name that is not a readable relation to a
// readable object is refused, listing the ones that can be expanded.
export const resolveExpansions = ({
  workspace,
  object,
  access,
  permissions,
  expand = [],
}: SelectionRequest): Pick<Selection, 'manyToOne' | 'oneToMany'> => {
  const readable = object.fields.filter((field) =>
    isReadableField(field, access),
  );
  const expansions: Pick<Selection, 'manyToOne' | 'oneToMany'> = {
    manyToOne: [],
    oneToMany: [],
  };

  for (const name of expand) {
    const field = readable.find((candidate) => candidate.name === name);
    const resolved = field
      ? resolveExpansion(field, workspace, permissions)
      : null;

    if (!resolved) {
      const expandable = readable.filter((candidate) =>
        resolveExpansion(candidate, workspace, permissions),
      );

      throw invalidArgument(
        `Cannot expand "${name}" on ${object.nameSingular}. Relations you can expand: ${formatNameList(expandable.map((candidate) => candidate.name))}`,
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
