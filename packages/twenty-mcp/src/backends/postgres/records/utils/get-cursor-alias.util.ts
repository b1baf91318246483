// Extra SELECT columns carrying sort values for the endCursor.
export const getCursorAlias = (index: number): string => `__cursor${index}`;
