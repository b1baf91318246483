import { type StoredRecord } from '../../../../domain/records/types/stored-record.type';
import { type ObjectSchema } from '../../../../domain/workspace/types/workspace-schema.type';
import { type DatabaseEventAction } from '../types/database-event-action.type';
import { type ObjectRecordEvent } from '../types/object-record-event.type';
import { type RecordedWrite } from '../types/recorded-write.type';
import { computeRecordDiff } from '../utils/compute-record-diff.util';

// The events of one transaction's writes, held until it commits. Twenty
// emits one batch per repository call; one MCP call is one operation for
// its caller even when it runs in chunks or record by record, so the
// events of one action on one object are gathered into one batch, in the
// order the writes ran.
export class WriteEventsRecorder {
  private readonly writes = new Map<string, RecordedWrite>();

  created(object: ObjectSchema, records: readonly StoredRecord[]): void {
    this.add(
      'created',
      object,
      records.map((after) => ({ recordId: after.id, properties: { after } })),
    );
  }

  // Nothing is recorded when no field changed, as in Twenty.
  updated(object: ObjectSchema, before: StoredRecord, after: StoredRecord) {
    this.add('updated', object, this.changes(object, [before], [after]));
  }

  deleted(
    object: ObjectSchema,
    before: readonly StoredRecord[],
    after: readonly StoredRecord[],
  ): void {
    this.add('deleted', object, this.changes(object, before, after));
  }

  restored(
    object: ObjectSchema,
    before: readonly StoredRecord[],
    after: readonly StoredRecord[],
  ): void {
    this.add('restored', object, this.changes(object, before, after));
  }

  destroyed(object: ObjectSchema, records: readonly StoredRecord[]): void {
    this.add(
      'destroyed',
      object,
      records.map((before) => ({
        recordId: before.id,
        properties: { before },
      })),
    );
  }

  recorded(): RecordedWrite[] {
    return [...this.writes.values()];
  }

  // Each `after` with its `before` (by id), its diff and changed fields.
  private changes(
    object: ObjectSchema,
    before: readonly StoredRecord[],
    after: readonly StoredRecord[],
  ): ObjectRecordEvent[] {
    const beforeById = new Map(before.map((record) => [record.id, record]));

    return after.flatMap((record) => {
      const previous = beforeById.get(record.id);

      if (!previous) {
        return [];
      }

      const diff = computeRecordDiff(object, previous, record);
      const updatedFields = Object.keys(diff);

      return updatedFields.length === 0
        ? []
        : [
            {
              recordId: record.id,
              properties: {
                before: previous,
                after: record,
                updatedFields,
                diff,
              },
            },
          ];
    });
  }

  private add(
    action: DatabaseEventAction,
    object: ObjectSchema,
    events: ObjectRecordEvent[],
  ): void {
    // Twenty emits nothing for its own timeline activities.
    if (
      events.length === 0 ||
      (object.nameSingular === 'timelineActivity' && !object.isCustom)
    ) {
      return;
    }

    const key = `${action}:${object.id}`;
    const write = this.writes.get(key);

    if (write) {
      write.events.push(...events);
    } else {
      this.writes.set(key, { action, object, events });
    }
  }
}
