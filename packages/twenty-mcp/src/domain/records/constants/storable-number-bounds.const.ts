// The largest magnitudes a write may store. NUMBER columns are double
// precision: beyond 2^53 - 1 integers are no longer exact, and far below
// the double's range sums and averages over any number of records stay
// finite. Currency amounts are micros in a numeric column; capping them at
// a signed 64-bit integer (about 9.2 trillion units) keeps them exact in
// every client that reads micros as int64 and as JSON numbers in units.
export const STORABLE_NUMBER_BOUNDS = {
  number: Number.MAX_SAFE_INTEGER,
  currencyMicros: 2n ** 63n - 1n,
} as const;
