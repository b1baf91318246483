// The chain's verification result (docs/audit-trail.md, "The chain").
export type McpAuditChain = {
  valid: boolean;
  checkedRows: number;
  prunedThroughSequence: number;
  lastSequence: number | null;
  headHash: string | null;
  firstBadSequence: number | null;
  problem: string | null;
};
