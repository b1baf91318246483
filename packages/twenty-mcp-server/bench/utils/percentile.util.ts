// Nearest-rank percentile of ascending samples.
export const percentile = (sorted: readonly number[], p: number): number => {
  if (sorted.length === 0) {
    throw new Error('percentile of no samples');
  }

  const rank = Math.ceil((p / 100) * sorted.length);

  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
};
