import { ACTIVITY_TARGETS_KEY } from '../../../domain/records/constants/activity-targets-key.const';
import { type ApiRecord } from '../../../domain/records/types/api-record.type';
import { type Selection } from '../../../domain/records/types/selection.type';
import { type StoredRecord } from '../../../domain/records/types/stored-record.type';
import { getExpansionFields } from '../../../domain/records/utils/get-expansion-fields.util';
import { isPlainObject } from '../../../domain/values/utils/is-plain-object.util';
import { toApiRecord } from './to-api-record.util';

type StoredRelated = { totalCount?: unknown; records?: unknown };

const withExpansionFields = ({
  field,
  target,
  labelField,
}: Selection['manyToOne'][number] | Selection['oneToMany'][number]) => ({
  name: field.name,
  fields: getExpansionFields(target, labelField),
});

// A back-end's stored records (with their expansions) → API records with
// exactly what the selection names: many-to-one as `{ id, <label> }` or
// null, one-to-many as `{ totalCount, records }`, a note's `targets` as
// `[{ object, id, label }]`.
export const toApiRecords = (
  selection: Selection,
  records: readonly StoredRecord[],
): ApiRecord[] => {
  // Each expansion's fields once, not once per record.
  const manyToOne = selection.manyToOne.map(withExpansionFields);
  const oneToMany = selection.oneToMany.map(withExpansionFields);

  return records.map((stored) => {
    const record: Record<string, unknown> = toApiRecord(
      selection.fields,
      stored,
    );

    for (const { name, fields } of manyToOne) {
      const related = stored[name];

      record[name] = isPlainObject(related)
        ? toApiRecord(fields, related as StoredRecord)
        : null;
    }

    for (const { name, fields } of oneToMany) {
      const related = (stored[name] ?? {}) as StoredRelated;

      record[name] = {
        totalCount: Number(related.totalCount ?? 0),
        records: (Array.isArray(related.records) ? related.records : []).map(
          (item: StoredRecord) => toApiRecord(fields, item),
        ),
      };
    }

    if (selection.activityTargets) {
      record[ACTIVITY_TARGETS_KEY] = stored[ACTIVITY_TARGETS_KEY] ?? [];
    }

    return record as ApiRecord;
  });
};
