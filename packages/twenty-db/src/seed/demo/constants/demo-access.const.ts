import { type WorkspaceAccessSeed } from '../../access/types/workspace-access-seed.type';

const YEAR_MS = 365.25 * 86_400_000;

const inYears = (now: Date, years: number) =>
  new Date(now.getTime() + years * YEAR_MS);

const READ_ONLY = {
  isEditable: true,
  canUpdateAllSettings: false,
  canAccessAllTools: false,
  canReadAllObjectRecords: true,
  canUpdateAllObjectRecords: false,
  canSoftDeleteAllObjectRecords: false,
  canDestroyAllObjectRecords: false,
  canBeAssignedToUsers: true,
  canBeAssignedToAgents: true,
  canBeAssignedToApiKeys: true,
};

// Roles and keys that exercise every permission path: a read-only role, a
// role that cannot see one object (opportunities), a role that cannot see
// some fields, a role holding the API keys settings permission, and keys
// that are revoked, expired, legacy-signed or have no role.
export const buildDemoAccess = (now: Date): WorkspaceAccessSeed => ({
  roles: [
    {
      key: 'readOnly',
      label: 'Read-only',
      description: 'Can read every record and change nothing',
      icon: 'IconEye',
      ...READ_ONLY,
    },
    {
      key: 'support',
      label: 'Support Agent',
      description: 'Works on accounts and tickets; sales pipeline is hidden',
      icon: 'IconLifebuoy',
      ...READ_ONLY,
      canUpdateAllObjectRecords: true,
      canSoftDeleteAllObjectRecords: true,
      objectPermissions: [
        {
          objectName: 'opportunity',
          canReadObjectRecords: false,
          canUpdateObjectRecords: false,
          canSoftDeleteObjectRecords: false,
          canDestroyObjectRecords: false,
        },
      ],
    },
    {
      key: 'contractor',
      label: 'Contractor',
      description: 'External help: no phone numbers, no revenue figures',
      icon: 'IconUserShield',
      ...READ_ONLY,
      canUpdateAllObjectRecords: true,
      fieldPermissions: [
        {
          objectName: 'person',
          fieldName: 'phones',
          canReadFieldValue: false,
          canUpdateFieldValue: false,
        },
        {
          objectName: 'company',
          fieldName: 'annualRecurringRevenue',
          canReadFieldValue: false,
          canUpdateFieldValue: false,
        },
        {
          objectName: 'person',
          fieldName: 'emails',
          canUpdateFieldValue: false,
        },
      ],
    },
    {
      key: 'developer',
      label: 'Developer',
      description: 'Manages API keys and webhooks',
      icon: 'IconCode',
      ...READ_ONLY,
      canUpdateAllObjectRecords: true,
      permissionFlags: ['API_KEYS_AND_WEBHOOKS'],
    },
  ],
  users: [
    {
      key: 'alex',
      firstName: 'Alex',
      lastName: 'Rivera',
      email: 'alex.rivera@northwind.test',
      roleKey: 'admin',
      jobTitle: 'Head of Sales',
    },
    {
      key: 'sam',
      firstName: 'Sam',
      lastName: 'Chen',
      email: 'sam.chen@northwind.test',
      roleKey: 'member',
      jobTitle: 'Account Executive',
    },
    {
      key: 'priya',
      firstName: 'Priya',
      lastName: 'Patel',
      email: 'priya.patel@northwind.test',
      roleKey: 'developer',
      jobTitle: 'Solutions Engineer',
    },
    {
      key: 'jordan',
      firstName: 'Jordan',
      lastName: 'Lee',
      email: 'jordan.lee@northwind.test',
      roleKey: 'readOnly',
      jobTitle: 'Finance Analyst',
    },
    {
      key: 'maria',
      firstName: 'Maria',
      lastName: 'Garcia',
      email: 'maria.garcia@northwind.test',
      roleKey: 'support',
      jobTitle: 'Support Lead',
    },
  ],
  apiKeys: [
    {
      key: 'admin',
      name: 'MCP - admin',
      roleKey: 'admin',
      expiresAt: inYears(now, 100),
    },
    {
      key: 'readOnly',
      name: 'MCP - read-only',
      roleKey: 'readOnly',
      expiresAt: inYears(now, 1),
    },
    {
      key: 'support',
      name: 'MCP - support agent',
      roleKey: 'support',
      expiresAt: inYears(now, 1),
    },
    {
      key: 'contractor',
      name: 'MCP - contractor',
      roleKey: 'contractor',
      expiresAt: inYears(now, 1),
    },
    {
      key: 'legacy',
      name: 'Legacy integration (ACCESS-signed)',
      roleKey: 'admin',
      expiresAt: inYears(now, 1),
      secretType: 'ACCESS',
    },
    {
      key: 'revoked',
      name: 'Revoked key',
      roleKey: 'admin',
      expiresAt: inYears(now, 1),
      revokedAt: new Date(now.getTime() - 86_400_000),
    },
    {
      key: 'expired',
      name: 'Expired key',
      roleKey: 'admin',
      expiresAt: new Date(now.getTime() - 86_400_000),
    },
    {
      key: 'noRole',
      name: 'Key without a role',
      roleKey: null,
      expiresAt: inYears(now, 1),
    },
  ],
});

export const buildSecondWorkspaceAccess = (now: Date): WorkspaceAccessSeed => ({
  roles: [],
  users: [
    {
      key: 'hank',
      firstName: 'Hank',
      lastName: 'Scorpio',
      email: 'hank@globex.test',
      roleKey: 'admin',
      jobTitle: 'CEO',
    },
    // The same person is a member of both workspaces.
    {
      key: 'sam',
      firstName: 'Sam',
      lastName: 'Chen',
      email: 'sam.chen@northwind.test',
      roleKey: 'member',
      jobTitle: 'Advisor',
    },
  ],
  apiKeys: [
    {
      key: 'admin',
      name: 'Globex - admin',
      roleKey: 'admin',
      expiresAt: inYears(now, 100),
    },
  ],
});
