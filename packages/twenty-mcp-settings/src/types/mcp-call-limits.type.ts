// Hourly tool-call limits (docs/limits.md, "Call limits").
export type McpCallLimits = {
  readCallsPerTokenPerHour: number;
  writeCallsPerTokenPerHour: number;
  callsPerWorkspacePerHour: number;
};
