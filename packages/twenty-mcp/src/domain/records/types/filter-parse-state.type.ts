import { type QueryTarget } from './query-target.type';

// Shared while one filter is parsed.
export type FilterParseState = {
  target: QueryTarget;
  conditionCount: number;
};
