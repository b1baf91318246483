export const TOOL_SET_CACHE_LIMITS = {
  // Workspaces whose tool sets stay in memory; the least recently used go
  // first.
  maxWorkspaces: 500,
  // Distinct (role, scopes, allow-list, mode) tool sets kept per workspace.
  maxToolSetsPerWorkspace: 50,
} as const;
