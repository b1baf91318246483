import { type FILTER_OPERATORS } from '../constants/filter-operators.const';

export type FilterOperator = (typeof FILTER_OPERATORS)[number];
