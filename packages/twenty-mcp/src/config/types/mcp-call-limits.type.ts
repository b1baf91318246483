// Tool calls per hour (a fixed window starting with the first call), by
// tier: reads are tools with readOnlyHint, writes every other tool (create,
// update, delete, restore, destroy). docs/limits.md, "Call limits".
export type McpCallLimits = {
  // Read calls of one credential.
  readCallsPerTokenPerHour: number;
  // Write calls of one credential.
  writeCallsPerTokenPerHour: number;
  // Tool calls of every credential of one workspace together.
  callsPerWorkspacePerHour: number;
};
