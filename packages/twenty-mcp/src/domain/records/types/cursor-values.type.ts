// The sort key values of one record, as text, `id` last. Back-ends render
// them exactly: timestamps `YYYY-MM-DDTHH:MM:SS.ffffffZ` (UTC, to the
// microsecond), dates `YYYY-MM-DD`, numbers in round-trip form, booleans
// `true`/`false`; see isValidCursorValue.
export type CursorValues = (string | null)[];
