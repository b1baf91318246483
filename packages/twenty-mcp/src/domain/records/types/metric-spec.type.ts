import { type AggregateOperation } from './aggregate-operation.type';

// One metric of an aggregate; every operation but COUNT names a field.
export type MetricSpec = {
  op: AggregateOperation;
  field?: string;
  subField?: string;
};
