import { invalidArgument } from '../../../domain/exceptions/utils/invalid-argument.util';
import { limitExceeded } from '../../../domain/exceptions/utils/limit-exceeded.util';

// A page / group limit: an integer from 1 to `max`, `fallback` when absent.
export const parseLimit = (
  limit: unknown,
  fallback: number,
  max: number,
): number => {
  if (limit === undefined || limit === null) {
    return fallback;
  }

  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1) {
    throw invalidArgument(`limit must be an integer from 1 to ${max}`);
  }

  if (limit > max) {
    throw limitExceeded(`limit is at most ${max}`);
  }

  return limit;
};
