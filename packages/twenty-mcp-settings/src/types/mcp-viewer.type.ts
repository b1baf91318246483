export type McpViewer = {
  name: string;
  workspaceId: string;
  workspaceName: string;
  roleLabel: string;
};
