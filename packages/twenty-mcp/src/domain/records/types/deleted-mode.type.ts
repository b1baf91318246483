// Soft-deleted records are in the trash: left out, mixed in, or alone.
export type DeletedMode = 'exclude' | 'include' | 'only';
