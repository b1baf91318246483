import { isDeepStrictEqual } from 'node:util';

import { type StoredRecord } from '../../../../domain/records/types/stored-record.type';
import { type ObjectSchema } from '../../../../domain/workspace/types/workspace-schema.type';
import { type RecordDiff } from '../types/object-record-event.type';

// Keys Twenty's objectRecordChangedValues never reports.
const IGNORED_KEYS = new Set(['updatedAt', 'searchVector']);

// What changed between two versions of a record, as Twenty computes an
// update event's diff: every key of `after` whose value differs, except
// updatedAt, searchVector and relation fields (a many-to-one's join column,
// `companyId`, is not a relation field and is compared).
export const computeRecordDiff = (
  object: ObjectSchema,
  before: StoredRecord,
  after: StoredRecord,
): RecordDiff => {
  const relationNames = new Set(
    object.fields
      .filter((field) => field.relation !== null)
      .map((field) => field.name),
  );
  const diff: RecordDiff = {};

  for (const [key, value] of Object.entries(after)) {
    if (
      IGNORED_KEYS.has(key) ||
      relationNames.has(key) ||
      isDeepStrictEqual(before[key], value)
    ) {
      continue;
    }

    diff[key] = { before: before[key], after: value };
  }

  return diff;
};
