import { type CursorValues } from './cursor-values.type';
import { type StoredRecord } from './stored-record.type';

// One page of a FindQuery as a back-end returns it.
export type StoredPage = {
  records: StoredRecord[];
  // The sort values of each record, in the text forms of CursorValues.
  cursors: CursorValues[];
  hasNextPage: boolean;
};
