// A record in the API shape of docs/record-format.md (composites nested,
// currency in units, rich text as markdown).
export type ApiRecord = Record<string, unknown> & { id: string };
