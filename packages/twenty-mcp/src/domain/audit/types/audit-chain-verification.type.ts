// What verifying a workspace's chain found: either every row links up, or
// the first row (by sequence) that does not, and why.
export type AuditChainVerification = {
  valid: boolean;
  checkedRows: number;
  // Rows up to this sequence were pruned by retention (0: none).
  prunedThroughSequence: number;
  firstSequence: number | null;
  lastSequence: number | null;
  // The newest row's hash: record it elsewhere to detect later removal of
  // rows at the end of the chain, which no chain can show by itself.
  headHash: string | null;
  firstBadSequence: number | null;
  problem: string | null;
};
