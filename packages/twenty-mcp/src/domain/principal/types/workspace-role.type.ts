export type WorkspaceRole = {
  id: string;
  label: string;
  description: string | null;
  // Only these may be given to API keys, and so to MCP tokens.
  canBeAssignedToApiKeys: boolean;
};
