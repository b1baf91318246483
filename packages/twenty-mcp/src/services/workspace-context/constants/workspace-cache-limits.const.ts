export const WORKSPACE_CACHE_LIMITS = {
  // Workspaces whose models stay in memory; the least recently used go first.
  maxWorkspaces: 500,
  // Distinct (role, scopes, allow-list) permission sets kept per workspace.
  maxAccessSetsPerWorkspace: 50,
} as const;
