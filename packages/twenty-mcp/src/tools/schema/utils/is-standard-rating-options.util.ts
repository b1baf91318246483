import { RATING_VALUES } from '../constants/rating-values.const';

// Whether rating options are Twenty's fixed RATING_1…RATING_5.
export const isStandardRatingOptions = (options: readonly string[]): boolean =>
  options.length === RATING_VALUES.length &&
  options.every((option, index) => option === RATING_VALUES[index]);
