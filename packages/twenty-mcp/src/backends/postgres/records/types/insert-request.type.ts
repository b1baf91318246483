import { type ObjectSchema } from '../../../../domain/workspace/types/workspace-schema.type';
import { type Selection } from '../../../../domain/records/types/selection.type';
import { type WriteActor } from '../../../../domain/records/types/write-actor.type';
import { type EncodedRecord } from './encoded-record.type';

export type InsertRequest = {
  schemaName: string;
  object: ObjectSchema;
  records: readonly EncodedRecord[];
  actor: WriteActor;
  returning: Selection;
};
