import { type SettingsCredential } from '../../domain/principal/types/settings-credential.type';

// The Express request as the settings resolvers see it.
export type SettingsRequest = {
  headers: Record<string, string | string[] | undefined>;
  ip?: string;
  socket?: { remoteAddress?: string };
  // Set by SettingsAuthGuard.
  settingsCredential?: SettingsCredential;
};
