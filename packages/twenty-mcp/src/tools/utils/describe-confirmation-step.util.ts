import { type ConfirmationsConfig } from '../../config/types/confirmations-config.type';

// The sentence tool descriptions carry about the two phases, so a model
// knows before its first call that a preview may come back.
export const describeConfirmationStep = (
  operation: 'delete' | 'destroy',
  { ttlSeconds, softDeleteThreshold }: ConfirmationsConfig,
): string => {
  const when =
    operation === 'destroy'
      ? 'Always two steps'
      : softDeleteThreshold === 0
        ? 'Two steps'
        : `More than ${softDeleteThreshold} ids: two steps`;
  const minutes = Math.max(1, Math.round(ttlSeconds / 60));

  return `${when}: the first call changes nothing and returns a preview (count, sample, effect) with a confirmationToken; show it to the user and, only if they agree, call again with the same arguments plus confirmationToken (single use, valid about ${minutes} min).`;
};
