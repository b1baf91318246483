export type FilterScalar = string | number | boolean;

// Validated and converted: currency amounts are micros strings, dates ISO
// strings, uuids lower-case.
export type FilterValue = FilterScalar | FilterScalar[];
