import { type ObjectSchema } from '../../../../domain/workspace/types/workspace-schema.type';
import { type Selection } from '../../../../domain/records/types/selection.type';
import { type WriteActor } from '../../../../domain/records/types/write-actor.type';
import { type EncodedRecord } from './encoded-record.type';

// One record by id; trashed records are left alone unless includeTrashed.
export type UpdateRequest = {
  schemaName: string;
  object: ObjectSchema;
  id: string;
  record: EncodedRecord;
  actor: WriteActor;
  returning: Selection;
  includeTrashed?: boolean;
};
