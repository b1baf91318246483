// Advisory-lock class of audit appends; the workspace id's hash is the
// object, so appends to one workspace queue and others do not wait.
export const AUDIT_LOCK_CLASS = 714_011_703;
