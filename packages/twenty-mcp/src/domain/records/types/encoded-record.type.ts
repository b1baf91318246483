import { type EncodedColumn } from './encoded-column.type';

// API input turned into column values; on update only the given ones.
export type EncodedRecord = {
  columns: EncodedColumn[];
};
