// Events of one action and outcome in one UTC hour or day.
export type McpAuditBucket = {
  start: string;
  action: string;
  outcome: string;
  count: number;
};
