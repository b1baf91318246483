// Read on every MCP request: whether the workspace serves MCP, and the
// version that changes with every settings or exposure change.
export type WorkspaceMcpState = {
  isEnabled: boolean;
  version: number;
};
