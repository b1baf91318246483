// The sort key values of one row, as text, `id` last.
export type CursorValues = (string | null)[];
