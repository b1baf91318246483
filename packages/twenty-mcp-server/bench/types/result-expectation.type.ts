// What a successful JSON-RPC result must contain: null when it does, else
// what is wrong (short, for the failure report).
export type ResultExpectation = (
  result: Record<string, unknown>,
) => string | null;
