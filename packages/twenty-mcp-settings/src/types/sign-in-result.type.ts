import { type McpWorkspaceChoice } from './mcp-workspace-choice.type';

export type SignInResult = {
  // Null when the user belongs to several workspaces and none was chosen.
  accessToken: string | null;
  workspaces: McpWorkspaceChoice[];
};
