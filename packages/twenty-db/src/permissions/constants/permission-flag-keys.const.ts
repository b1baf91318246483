// PermissionFlagType values of Twenty v2. Tool flags gate AI tools; the
// rest gate settings pages (API_KEYS_AND_WEBHOOKS: API keys and webhooks).
export const PERMISSION_FLAG_KEYS = {
  SETTINGS: [
    'AI_SETTINGS',
    'API_KEYS_AND_WEBHOOKS',
    'APPLICATIONS',
    'BILLING',
    'CONNECTED_ACCOUNTS',
    'DATA_MODEL',
    'EXPORT_CSV',
    'IMPERSONATE',
    'IMPORT_CSV',
    'LAYOUTS',
    'PROFILE_INFORMATION',
    'ROLES',
    'SECURITY',
    'SSO_BYPASS',
    'VIEWS',
    'WORKFLOWS',
    'WORKSPACE',
    'WORKSPACE_MEMBERS',
  ],
  TOOL: [
    'AI',
    'CODE_INTERPRETER_TOOL',
    'DOWNLOAD_FILE',
    'HTTP_REQUEST_TOOL',
    'SEND_EMAIL_TOOL',
    'UPLOAD_FILE',
  ],
} as const;

export type PermissionFlagKey =
  (typeof PERMISSION_FLAG_KEYS)[keyof typeof PERMISSION_FLAG_KEYS][number];
