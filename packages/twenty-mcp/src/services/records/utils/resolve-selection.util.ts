import { type FieldSchema } from '../../../domain/workspace/types/workspace-schema.type';
import { ACTIVITY_TARGETS_KEY } from '../../../domain/records/constants/activity-targets-key.const';
import { type Selection } from '../../../domain/records/types/selection.type';
import { type SelectionRequest } from '../types/selection-request.type';
import { formatNameList } from '../../../domain/exceptions/utils/format-name-list.util';
import { getFieldApiKey } from '../../../domain/workspace/utils/get-field-api-key.util';
import { invalidArgument } from '../../../domain/exceptions/utils/invalid-argument.util';
import { isOneToManyField } from '../../../domain/workspace/utils/is-one-to-many-field.util';
import { isReadableField } from '../../../domain/workspace/utils/is-readable-field.util';
import { resolveExpansions } from './resolve-expansions.util';
import { resolveVisibleActivityTargets } from './resolve-visible-activity-targets.util';

// `fields` + `expand` → what to read. Default: every readable field but
// one-to-many relations (and deletedAt unless deleted records are asked
// for); `id` always, first.
export const resolveSelection = (request: SelectionRequest): Selection => {
  const { object, access, fields, expand = [], deleted = 'exclude' } = request;
  const expansions = resolveExpansions(request);
  const readable = object.fields.filter((field) =>
    isReadableField(field, access),
  );
  const selectable = readable.filter((field) => !isOneToManyField(field));
  // An expanded many-to-one needs its join column.
  const chosen = new Set<FieldSchema>(
    expansions.manyToOne.map(({ field }) => field),
  );

  for (const name of fields ?? []) {
    const field = readable.find(
      (candidate) =>
        candidate.name === name || getFieldApiKey(candidate) === name,
    );

    if (!field && name === ACTIVITY_TARGETS_KEY && expansions.activityTargets) {
      continue;
    }

    if (!field) {
      throw invalidArgument(
        name === ACTIVITY_TARGETS_KEY && resolveVisibleActivityTargets(request)
          ? `"${name}" (the records this ${object.nameSingular} is linked to) comes only through "expand": add it there`
          : `Unknown field "${name}" on ${object.nameSingular}. Fields you can select: ${formatNameList(selectable.map(getFieldApiKey))}`,
      );
    }

    if (isOneToManyField(field) && !expand.includes(field.name)) {
      throw invalidArgument(
        `"${name}" is a one-to-many relation; add it to "expand" to get its records`,
      );
    }

    chosen.add(field);
  }

  const idField = object.fields.find((field) => field.name === 'id');
  const others = selectable.filter(
    (field) =>
      field.name !== 'id' &&
      (chosen.has(field) ||
        (fields === undefined &&
          (field.name !== 'deletedAt' || deleted !== 'exclude'))),
  );

  return { ...expansions, fields: idField ? [idField, ...others] : others };
};
