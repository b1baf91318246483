import { type RoleDefinition } from '../types/role-definition.type';

// Admin ships with Twenty's standard application; Member is created in each
// workspace (owned by its custom application) and is the default role.
export const ADMIN_ROLE: RoleDefinition & { universalIdentifier: string } = {
  universalIdentifier: '20202020-02c2-43f2-b94d-cab1f2b532eb',
  label: 'Admin',
  description: 'Admin role',
  icon: 'IconUserCog',
  isEditable: false,
  canUpdateAllSettings: true,
  canAccessAllTools: true,
  canReadAllObjectRecords: true,
  canUpdateAllObjectRecords: true,
  canSoftDeleteAllObjectRecords: true,
  canDestroyAllObjectRecords: true,
  canBeAssignedToUsers: true,
  canBeAssignedToAgents: false,
  canBeAssignedToApiKeys: true,
};

export const MEMBER_ROLE: RoleDefinition = {
  label: 'Member',
  description: 'Member role',
  icon: 'IconUser',
  isEditable: true,
  canUpdateAllSettings: false,
  canAccessAllTools: true,
  canReadAllObjectRecords: true,
  canUpdateAllObjectRecords: true,
  canSoftDeleteAllObjectRecords: true,
  canDestroyAllObjectRecords: true,
  canBeAssignedToUsers: true,
  canBeAssignedToAgents: false,
  canBeAssignedToApiKeys: false,
};
