import { type FenceRule } from '../types/fence-rule.type';

const LABELLED = { items: { properties: { label: 'text' } } } as const;

// An erasure preview names the person and the notes and tasks it removes
// or unlinks by their labels: record text.
export const ERASURE_PREVIEW_FENCE_RULE: FenceRule = {
  properties: {
    sample: LABELLED,
    erasure: {
      properties: {
        activities: {
          items: { properties: { erased: LABELLED, unlinked: LABELLED } },
        },
      },
    },
  },
};
