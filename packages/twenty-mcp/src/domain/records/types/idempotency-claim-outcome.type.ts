// claimed: this transaction owns the key and writes; replay: a committed
// call with the same key and arguments created these records; mismatch: the
// key was used with other arguments.
export type IdempotencyClaimOutcome =
  | { kind: 'claimed' }
  | { kind: 'replay'; recordIds: string[] }
  | { kind: 'mismatch' };
