import { type ValueKind } from '../../../../domain/records/types/value-kind.type';

// One physical column and what SQL type a bind parameter for it needs.
export type ColumnDescriptor = {
  column: string;
  kind: ValueKind;
  // Unqualified PG enum type for SELECT / RATING / MULTI_SELECT columns.
  enumTypeName: string | null;
};
