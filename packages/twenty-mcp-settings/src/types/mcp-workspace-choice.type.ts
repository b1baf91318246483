export type McpWorkspaceChoice = { id: string; displayName: string };
