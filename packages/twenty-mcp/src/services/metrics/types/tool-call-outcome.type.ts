// ok: a result; client_error: the caller's mistake (bad arguments, no
// permission, unknown record), logged below ERROR; internal_error: ours.
export type ToolCallOutcome = 'ok' | 'client_error' | 'internal_error';
