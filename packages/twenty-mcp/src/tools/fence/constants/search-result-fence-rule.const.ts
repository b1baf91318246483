import { type FenceRule } from '../types/fence-rule.type';

// search_records: a hit's label is its record's label identifier (a name,
// a title), record text.
export const SEARCH_RESULT_FENCE_RULE: FenceRule = {
  properties: { hits: { items: { properties: { label: 'text' } } } },
};
