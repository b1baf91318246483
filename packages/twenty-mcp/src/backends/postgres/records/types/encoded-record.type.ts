import { type EncodedColumn } from './encoded-column.type';

// A stored record's values as columns; on update only the given ones.
export type EncodedRecord = {
  columns: EncodedColumn[];
};
