// A Twenty user as a member of one workspace: who an OAuth access token
// speaks for.
export type WorkspaceUser = {
  workspaceId: string;
  userId: string;
  roleId: string;
  workspaceMemberId: string;
  // The member's name, else the user's email.
  name: string;
};
