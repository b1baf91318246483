import { type QueryTarget } from '../../../domain/records/types/query-target.type';

// Shared while one filter is parsed.
export type FilterParseState = {
  target: QueryTarget;
  conditionCount: number;
};
