// The object whose records are people the right to erasure speaks of.
export const ERASABLE_OBJECT_NAME = 'person';
