import { type JwtSecretType } from '@twenty-mcp/twenty-layout';

import { type PermissionFlagKey } from '../../../permissions/constants/permission-flag-keys.const';
import { type RoleDefinition } from '../../../permissions/types/role-definition.type';

// `admin` and `member` name the two roles every workspace starts with.
export type RoleKey = string;

export type SeedRole = RoleDefinition & {
  key: RoleKey;
  objectPermissions?: {
    objectName: string;
    canReadObjectRecords?: boolean | null;
    canUpdateObjectRecords?: boolean | null;
    canSoftDeleteObjectRecords?: boolean | null;
    canDestroyObjectRecords?: boolean | null;
  }[];
  // Twenty only stores restrictions here: false or null, never true.
  fieldPermissions?: {
    objectName: string;
    fieldName: string;
    canReadFieldValue?: false | null;
    canUpdateFieldValue?: false | null;
  }[];
  permissionFlags?: PermissionFlagKey[];
};

export type SeedUser = {
  key: string;
  firstName: string;
  lastName: string;
  email: string;
  roleKey: RoleKey;
  jobTitle?: string;
};

export type SeedApiKey = {
  key: string;
  name: string;
  roleKey: RoleKey | null;
  expiresAt: Date;
  revokedAt?: Date;
  // Which secret the printed token is signed with.
  secretType?: JwtSecretType;
};

export type WorkspaceAccessSeed = {
  roles: SeedRole[];
  users: SeedUser[];
  apiKeys: SeedApiKey[];
};
