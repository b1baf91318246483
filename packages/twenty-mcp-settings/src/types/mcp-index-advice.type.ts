// One read AI clients made and the index that would serve it
// (docs/index-advisor.md).
export type McpIndexAdvice = {
  objectName: string;
  objectLabel: string;
  description: string;
  calls: number;
  lastUsedAt: string;
  // null: no btree index helps this read.
  statement: string | null;
  // The existing index that already serves it.
  servedBy: string | null;
  notes: string[];
};
