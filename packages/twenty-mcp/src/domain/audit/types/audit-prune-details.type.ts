// What a retentionPrune event says, in its (hashed) arguments: the rows
// retention deleted and the hash the first remaining row must link to.
export type AuditPruneDetails = {
  prunedThroughSequence: number;
  anchorHash: string;
  retentionDays: number;
};
