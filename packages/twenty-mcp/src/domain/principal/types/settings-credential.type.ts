// Who is using the settings API, resolved from a Twenty credential: a
// user's access token or an API key, always within one workspace.
export type SettingsCredential = {
  workspaceId: string;
  workspaceName: string;
  kind: 'user' | 'apiKey';
  // userWorkspace id for users, apiKey id for keys.
  credentialId: string;
  name: string;
  roleId: string;
  roleLabel: string;
  // canUpdateAllSettings, or the API_KEYS_AND_WEBHOOKS permission flag.
  canManageApiKeys: boolean;
};
