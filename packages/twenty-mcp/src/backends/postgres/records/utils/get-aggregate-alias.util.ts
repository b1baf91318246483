// Output columns of the aggregate query: group0, group1, metric0, …
export const getAggregateAlias = (
  target: 'group' | 'metric',
  index: number,
): string => `${target}${index}`;
