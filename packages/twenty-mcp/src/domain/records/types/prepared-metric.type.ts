import { type FieldSchema } from '../../workspace/types/workspace-schema.type';
import { type AggregateOperation } from './aggregate-operation.type';
import { type FieldLeaf } from './field-leaf.type';

export type PreparedMetric = {
  op: AggregateOperation;
  field: FieldSchema | null;
  // Null for COUNT and for emptiness of a whole composite field.
  leaf: FieldLeaf | null;
  // `COUNT`, `SUM(amount)`, `PERCENTAGE_EMPTY(emails)`
  label: string;
};
