import { type FenceRule } from '../types/fence-rule.type';

// A delete/destroy preview: its sample names records by their labels,
// record text.
export const IDS_PREVIEW_FENCE_RULE: FenceRule = {
  properties: { sample: { items: { properties: { label: 'text' } } } },
};
