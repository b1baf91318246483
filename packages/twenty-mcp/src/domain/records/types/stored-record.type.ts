// A record as Twenty stores it, one key per field: plain fields by name
// (date-times as ISO 8601 UTC strings, dates `YYYY-MM-DD`, NUMERIC as exact
// text, MULTI_SELECT / ARRAY as string lists, RAW_JSON as JSON), composite
// fields as an object of Twenty's properties (`{ amountMicros,
// currencyCode }`, rich text `{ markdown, blocknote }`), many-to-one
// relations by their join column (`companyId`). Expanded relations sit
// under the relation field's name as stored records of the target.
// What back-ends read and write; the records service maps it to and from
// the API shape (docs/record-format.md).
export type StoredRecord = Record<string, unknown> & { id: string };
