import { ACTIVITY_TARGETS_KEY } from '../../../domain/records/constants/activity-targets-key.const';
import { type ApiRecord } from '../../../domain/records/types/api-record.type';
import { type Selection } from '../../../domain/records/types/selection.type';
import { type StoredRecord } from '../../../domain/records/types/stored-record.type';
import { getExpansionFields } from '../../../domain/records/utils/get-expansion-fields.util';
import { isPlainObject } from '../../../domain/values/utils/is-plain-object.util';
import { toApiRecord } from './to-api-record.util';

type StoredRelated = { totalCount?: unknown; records?: unknown };

// A back-end's stored records (with their expansions) → API records with
// exactly what the selection names: many-to-one as `{ id, <label> }` or
// null, one-to-many as `{ totalCount, records }`, a note's `targets` as
// `[{ object, id, label }]`.
export const toApiRecords = (
  selection: Selection,
  records: readonly StoredRecord[],
): ApiRecord[] =>
  records.map((stored) => {
    const record: Record<string, unknown> = toApiRecord(
      selection.fields,
      stored,
    );

    for (const { field, target, labelField } of selection.manyToOne) {
      const related = stored[field.name];

      record[field.name] = isPlainObject(related)
        ? toApiRecord(
            getExpansionFields(target, labelField),
            related as StoredRecord,
          )
        : null;
    }

    for (const { field, target, labelField } of selection.oneToMany) {
      const related = (stored[field.name] ?? {}) as StoredRelated;
      const fields = getExpansionFields(target, labelField);

      record[field.name] = {
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
