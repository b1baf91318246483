import { type QueryTarget } from './query-target.type';

// One full-text search over several objects, hits ranked together.
export type SearchQuery = {
  targets: readonly QueryTarget[];
  // The caller's words, each to match as a prefix.
  text: string;
  limit: number;
};
