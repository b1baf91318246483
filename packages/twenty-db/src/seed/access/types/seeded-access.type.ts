import { type JwtSecretType } from '@twenty-mcp/twenty-layout';

export type SeededUser = {
  key: string;
  userId: string;
  userWorkspaceId: string;
  workspaceMemberId: string;
  email: string;
  name: string;
  roleId: string;
};

export type SeededApiKey = {
  key: string;
  id: string;
  name: string;
  roleId: string | null;
  roleLabel: string | null;
  expiresAt: Date;
  revokedAt: Date | null;
  secretType: JwtSecretType;
};

export type SeededAccess = {
  roleIdsByKey: Record<string, string>;
  users: SeededUser[];
  apiKeys: SeededApiKey[];
};
