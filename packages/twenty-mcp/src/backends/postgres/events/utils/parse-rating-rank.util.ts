const RATING_VALUE = /^RATING_(\d+)$/;

// A rating's rank as Twenty's engine compares ratings: the number of a
// stored 'RATING_<n>' value, a finite number, or text holding one;
// undefined for anything else.
export const parseRatingRank = (value: unknown): number | undefined => {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? value : undefined;
  }

  if (typeof value !== 'string' || value === '') {
    return undefined;
  }

  const rating = RATING_VALUE.exec(value);

  if (rating) {
    return Number(rating[1]);
  }

  return Number.isFinite(Number(value)) ? Number(value) : undefined;
};
