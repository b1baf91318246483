import { type DestroyRelatedEffect } from './destroy-related-effect.type';

// The first-phase answer of a delete or destroy (docs/guardrails.md):
// what would change, and the token that confirms exactly that.
export type IdsPreview = {
  object: string;
  confirmationRequired: true;
  confirmationToken: string;
  expiresAt: string;
  matchedCount: number;
  sample: { id: string; label: string | null }[];
  unmatchedIds: string[];
  effect: string;
  relatedRecords?: DestroyRelatedEffect[];
  nextStep: string;
};
