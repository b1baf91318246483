export type WorkspaceChoice = { id: string; displayName: string };

// A signed-in user in one workspace, or the workspaces to choose from when
// the user belongs to several and did not say which.
export type SignInOutcome =
  | {
      kind: 'signedIn';
      accessToken: string;
      expiresAt: Date;
      workspace: WorkspaceChoice;
    }
  | { kind: 'chooseWorkspace'; workspaces: WorkspaceChoice[] };
