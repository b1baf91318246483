import { type QueryTarget } from '../../../domain/records/types/query-target.type';
import { type WriteMode } from './write-mode.type';

export type RecordInputRequest = QueryTarget & {
  // One record as the caller sent it (untrusted).
  input: unknown;
  mode: WriteMode;
};
