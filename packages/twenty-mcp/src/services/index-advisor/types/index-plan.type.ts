import { type PlannedIndexColumn } from './planned-index-column.type';

// The btree index that would serve one shape: no columns when nothing a
// btree can lead with; `notes` say which parts of the shape it leaves out.
export type IndexPlan = {
  columns: PlannedIndexColumn[];
  // The partial index's WHERE (`"deletedAt" IS NULL`), null for a total one.
  predicate: string | null;
  notes: string[];
};
