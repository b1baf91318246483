import { type IdsPreview } from './ids-preview.type';

type Labelled = { id: string; label: string | null };

// The first-phase answer of erase_person: a destroy preview of the person,
// plus what else the erasure removes or changes.
export type ErasurePreview = IdsPreview & {
  erasure: {
    activities: {
      object: string;
      erasedCount: number;
      erased: Labelled[];
      unlinkedCount: number;
      unlinked: Labelled[];
    }[];
    contactFields: { object: string; field: string; recordCount: number }[];
    timelineEntries: number;
    notCovered: string;
  };
};
