// create: required fields must be present; update: only what is given.
export type WriteMode = 'create' | 'update';
