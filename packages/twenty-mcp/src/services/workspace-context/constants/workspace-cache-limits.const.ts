export const WORKSPACE_CACHE_LIMITS = {
  // Workspaces whose models stay in memory; the least recently used go first.
  maxWorkspaces: 500,
  // Distinct (role, scopes) tool sets kept per workspace.
  maxToolSetsPerWorkspace: 50,
} as const;
