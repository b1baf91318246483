import { type SettingsCredential } from '../domain/principal/types/settings-credential.type';
import { type SignInOutcome } from '../domain/principal/types/sign-in-outcome.type';
import { type WorkspaceRole } from '../domain/principal/types/workspace-role.type';

export const SETTINGS_AUTH_PORT = Symbol('SETTINGS_AUTH_PORT');

// Twenty's side of the settings API: who is calling and whether their role
// may manage API keys, signing in with a Twenty password, and the roles an
// MCP token may carry. Failures throw TwentyMcpException (UNAUTHENTICATED).
export interface SettingsAuthPort {
  authenticate(bearerToken: string): Promise<SettingsCredential>;
  signIn(input: {
    email: string;
    password: string;
    workspaceId: string | null;
  }): Promise<SignInOutcome>;
  // The workspace's roles, by label.
  listRoles(workspaceId: string): Promise<WorkspaceRole[]>;
}
