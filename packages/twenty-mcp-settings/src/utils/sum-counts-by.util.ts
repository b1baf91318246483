export type CountTotal = { key: string; count: number };

// Totals per key, largest first (ties by key, so the order is stable).
export const sumCountsBy = <TItem>(
  items: TItem[],
  keyOf: (item: TItem) => string,
  countOf: (item: TItem) => number,
): CountTotal[] => {
  const totals = new Map<string, number>();

  for (const item of items) {
    totals.set(keyOf(item), (totals.get(keyOf(item)) ?? 0) + countOf(item));
  }

  return [...totals]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
};
