import { type ColumnDescriptor } from './column-descriptor.type';
import { type SqlParamValue } from './sql-param-value.type';

export type EncodedColumn = ColumnDescriptor & { value: SqlParamValue };
