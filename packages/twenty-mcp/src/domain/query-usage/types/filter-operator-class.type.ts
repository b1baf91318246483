// What a btree index can do for a filter leaf: `equality` (eq, in, is)
// and `range` (gt…lte) can use one, `textMatch` (like, ilike, startsWith,
// endsWith, containsIlike) cannot, `other` is anything else (neq, array
// operators, leaves under `or`/`not`).
export type FilterOperatorClass = 'equality' | 'range' | 'textMatch' | 'other';
