// ` WHERE a AND b`, or nothing.
export const renderWhereClause = (conditions: readonly string[]): string =>
  conditions.length === 0 ? '' : ` WHERE ${conditions.join(' AND ')}`;
