import { type AGGREGATE_OPERATIONS } from '../constants/aggregate-operations.const';

export type AggregateOperation = (typeof AGGREGATE_OPERATIONS)[number];
