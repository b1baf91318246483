import { SHARED_FILTER_DEF_NAME_BY_KIND } from '../constants/shared-filter-def-name-by-kind.const';
import { type ValueKind } from '../types/value-kind.type';
import { isStandardRatingOptions } from './is-standard-rating-options.util';

// The shared filter def a value uses, or null when its filter depends on
// its own options.
export const getSharedFilterDefName = ({
  kind,
  options = [],
}: {
  kind: ValueKind;
  options?: readonly string[];
}): string | null => {
  const name = SHARED_FILTER_DEF_NAME_BY_KIND[kind];

  if (!name || (kind === 'rating' && !isStandardRatingOptions(options))) {
    return null;
  }

  return name;
};
