import { type QueryShape } from './query-shape.type';

// One recorded shape and the index that would serve it.
export type IndexAdvice = {
  objectName: string;
  objectLabel: string;
  // "order by amount desc nulls last, id asc; filter stage ="
  description: string;
  shape: QueryShape;
  calls: number;
  lastUsedAt: Date;
  // The CREATE INDEX statement, null when no btree index helps.
  statement: string | null;
  // The existing index that already serves the shape, if any.
  servedBy: string | null;
  // Why part of the shape is not in the index (text match, date buckets…).
  notes: string[];
};
