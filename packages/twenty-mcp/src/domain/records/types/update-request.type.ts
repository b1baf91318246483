import { type EncodedRecord } from './encoded-record.type';
import { type QueryTarget } from './query-target.type';
import { type Selection } from './selection.type';
import { type WriteActor } from './write-actor.type';

// The same values for every id; only non-deleted records change.
export type UpdateRequest = QueryTarget & {
  schemaName: string;
  ids: readonly string[];
  record: EncodedRecord;
  actor: WriteActor;
  returning: Selection;
};
