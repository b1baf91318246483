import { type EncodedRecord } from './encoded-record.type';
import { type QueryTarget } from './query-target.type';
import { type Selection } from './selection.type';
import { type WriteActor } from './write-actor.type';

export type InsertRequest = QueryTarget & {
  schemaName: string;
  records: (EncodedRecord & { position?: number })[];
  actor: WriteActor;
  returning: Selection;
};
