import { type ObjectSchema } from '../../../../domain/workspace/types/workspace-schema.type';
import { type DatabaseEventAction } from './database-event-action.type';
import { type ObjectRecordEvent } from './object-record-event.type';

// The events of one action on one object within a transaction: one batch
// once it commits.
export type RecordedWrite = {
  action: DatabaseEventAction;
  object: ObjectSchema;
  events: ObjectRecordEvent[];
};
