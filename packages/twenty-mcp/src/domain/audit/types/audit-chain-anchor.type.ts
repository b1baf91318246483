// Where a workspace's chain starts: the genesis (nothing before sequence 1)
// or the retention checkpoint (rows up to prunedThroughSequence deleted by
// retention, the last of them hashing to anchorHash).
export type AuditChainAnchor = {
  prunedThroughSequence: number;
  anchorHash: string;
};
