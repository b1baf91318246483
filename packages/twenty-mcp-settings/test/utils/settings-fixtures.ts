import { type McpAuditEvent } from '../../src/types/mcp-audit-event.type';
import { type McpErasureFieldChoice } from '../../src/types/mcp-erasure-field-choice.type';
import { type FakeApiState, type FakeUser } from './fake-settings-api';

// One workspace's data as the settings API would describe it; every call
// returns fresh objects, so a test can change them freely.

export const NORTHWIND = { id: 'ws-northwind', displayName: 'Northwind' };
export const GLOBEX = { id: 'ws-globex', displayName: 'Globex' };

export const ADMIN: FakeUser = {
  email: 'priya.patel@northwind.test',
  password: 'correct-horse-battery',
  name: 'Priya Patel',
  memberships: [
    { workspace: NORTHWIND, roleLabel: 'Admin', canManageApiKeys: true },
  ],
};

export const MEMBER: FakeUser = {
  email: 'sam.chen@northwind.test',
  password: 'member-password',
  name: 'Sam Chen',
  memberships: [
    { workspace: NORTHWIND, roleLabel: 'Member', canManageApiKeys: false },
  ],
};

// In two workspaces, listed as the API lists them (by display name).
export const CONSULTANT: FakeUser = {
  email: 'lee.wong@example.test',
  password: 'two-workspaces',
  name: 'Lee Wong',
  memberships: [
    { workspace: GLOBEX, roleLabel: 'Developer', canManageApiKeys: true },
    { workspace: NORTHWIND, roleLabel: 'Admin', canManageApiKeys: true },
  ],
};

export const ENDPOINT_URL = 'http://127.0.0.1:3100/mcp';

const json = (value: unknown) => JSON.stringify(value, null, 2);

// What the settings API answers for the endpoint (the module builds them;
// its own tests cover the builder): the token is the "<token>" placeholder.
export const CLIENT_CONFIGS = [
  {
    id: 'claude-desktop',
    client: 'Claude Desktop',
    where: 'claude_desktop_config.json',
    text: json({
      mcpServers: {
        twenty: {
          command: 'npx',
          args: ['-y', 'mcp-remote@0.15.1', ENDPOINT_URL],
          env: { TWENTY_AUTH_HEADER: 'Bearer <token>' },
        },
      },
    }),
    note: 'Claude Desktop reaches remote servers through mcp-remote.',
  },
  {
    id: 'claude-code',
    client: 'Claude Code',
    where: 'run in a terminal',
    text: `claude mcp add --transport http twenty ${ENDPOINT_URL} --header "Authorization: Bearer <token>"`,
    note: null,
  },
  {
    id: 'cursor',
    client: 'Cursor',
    where: '~/.cursor/mcp.json',
    text: json({
      mcpServers: {
        twenty: {
          url: ENDPOINT_URL,
          headers: { Authorization: 'Bearer <token>' },
        },
      },
    }),
    note: null,
  },
  {
    id: 'vscode',
    client: 'VS Code',
    where: '.vscode/mcp.json',
    text: json({
      servers: {
        twenty: {
          type: 'http',
          url: ENDPOINT_URL,
          headers: { Authorization: 'Bearer <token>' },
        },
      },
    }),
    note: null,
  },
  {
    id: 'chatgpt',
    client: 'ChatGPT',
    where: 'Settings → Connectors → Create',
    text: ENDPOINT_URL,
    note: 'ChatGPT signs in with OAuth.',
  },
];

// The module's defaults (docs/limits.md).
export const DEFAULT_CALL_LIMITS = {
  readCallsPerTokenPerHour: 1000,
  writeCallsPerTokenPerHour: 200,
  callsPerWorkspacePerHour: 3000,
};

// One audit event; the fields a test does not name are a successful
// find_records call by the Claude Desktop token.
export const createAuditEvent = (
  sequence: number,
  fields: Partial<McpAuditEvent> = {},
): McpAuditEvent => ({
  sequence,
  eventId: `event-${sequence}`,
  occurredAt: '2031-03-02T10:00:00.000Z',
  kind: 'toolCall',
  principalKind: 'mcpToken',
  principalId: 'token-claude',
  clientName: null,
  clientVersion: null,
  action: 'find_records',
  object: 'person',
  recordIds: [],
  outcome: 'ok',
  errorClass: null,
  durationMs: 12,
  ...fields,
});

// A short trail over two days: reads, a refused create, a settings change.
export const createAuditEvents = (): McpAuditEvent[] => [
  createAuditEvent(1, {
    occurredAt: '2031-03-01T09:15:00.000Z',
    kind: 'settingsChange',
    principalKind: 'user',
    principalId: 'user-workspace-priya',
    action: 'issueMcpToken',
    object: null,
    recordIds: ['token-claude'],
    durationMs: 40,
  }),
  createAuditEvent(2, {
    occurredAt: '2031-03-02T10:05:00.000Z',
    clientName: 'claude-ai',
    clientVersion: '0.1.0',
    recordIds: ['person-1', 'person-2', 'person-3', 'person-4', 'person-5'],
  }),
  createAuditEvent(3, {
    occurredAt: '2031-03-02T10:20:00.000Z',
    action: 'create_record',
    object: 'company',
    outcome: 'client_error',
    errorClass: 'INVALID_ARGUMENT',
    durationMs: 7,
  }),
  createAuditEvent(4, {
    occurredAt: '2031-03-02T11:40:00.000Z',
    principalKind: 'apiKey',
    principalId: 'api-key-zapier',
    action: 'get_record',
    recordIds: ['person-1'],
  }),
];

// Where erasing a person may clear their contact details: two default
// fields (Emails, Phones) and two Text fields, one on a system object.
export const ERASURE_FIELD_CHOICES: McpErasureFieldChoice[] = [
  {
    key: 'company.name',
    objectName: 'company',
    objectLabel: 'Company',
    fieldName: 'name',
    fieldLabel: 'Name',
    fieldType: 'TEXT',
    isDefault: false,
  },
  {
    key: 'pet.ownerEmails',
    objectName: 'pet',
    objectLabel: 'Pet',
    fieldName: 'ownerEmails',
    fieldLabel: 'Owner emails',
    fieldType: 'EMAILS',
    isDefault: true,
  },
  {
    key: 'pet.ownerPhones',
    objectName: 'pet',
    objectLabel: 'Pet',
    fieldName: 'ownerPhones',
    fieldLabel: 'Owner phones',
    fieldType: 'PHONES',
    isDefault: true,
  },
  {
    key: 'messageParticipant.handle',
    objectName: 'messageParticipant',
    objectLabel: 'Message Participant',
    fieldName: 'handle',
    fieldLabel: 'Handle',
    fieldType: 'TEXT',
    isDefault: false,
  },
];

export const createFakeApiState = (
  overrides: Partial<FakeApiState> = {},
): FakeApiState => ({
  users: [ADMIN, MEMBER, CONSULTANT],
  settings: {
    instanceEnabled: true,
    isEnabled: true,
    exposeNewObjects: true,
    auditRecordArguments: false,
    auditRetentionDays: 365,
    callLimits: DEFAULT_CALL_LIMITS,
    defaultCallLimits: DEFAULT_CALL_LIMITS,
    erasureContactFields: null,
    erasureContactFieldChoices: ERASURE_FIELD_CHOICES,
    endpointUrl: ENDPOINT_URL,
    toolMode: 'COMPACT',
    twentyEventsDelivery: 'QUEUED',
    clientConfigs: CLIENT_CONFIGS,
  },
  roles: [
    {
      id: 'role-admin',
      label: 'Admin',
      description: 'Every permission',
      grantableScopes: ['READ', 'WRITE', 'DELETE', 'DESTROY', 'ERASE'],
    },
    {
      id: 'role-owner',
      label: 'Owner',
      description: 'More than the signed-in user holds',
      grantableScopes: [],
    },
    {
      id: 'role-sales',
      label: 'Sales',
      description: null,
      grantableScopes: ['READ', 'WRITE'],
    },
  ],
  tokens: [
    {
      id: 'token-claude',
      name: 'Claude Desktop on Priya’s laptop',
      displayPrefix: 'tmcp_Ab3dEf7',
      role: { id: 'role-admin', label: 'Admin', description: null },
      scopes: ['READ', 'WRITE'],
      objectIds: null,
      expiresAt: null,
      lastUsedAt: '2031-03-02T10:00:00.000Z',
      revokedAt: null,
      createdAt: '2031-03-01T09:00:00.000Z',
      status: 'ACTIVE',
    },
    {
      id: 'token-importer',
      name: 'Nightly importer',
      displayPrefix: 'tmcp_Xy9zQr2',
      role: { id: 'role-sales', label: 'Sales', description: null },
      scopes: ['READ'],
      objectIds: ['object-company', 'object-gone'],
      expiresAt: '2031-02-01T22:59:59.000Z',
      lastUsedAt: null,
      revokedAt: null,
      createdAt: '2031-01-01T09:00:00.000Z',
      status: 'EXPIRED',
    },
    {
      id: 'token-old-laptop',
      name: 'Old laptop',
      displayPrefix: 'tmcp_Old0001',
      role: null,
      scopes: ['READ', 'DELETE'],
      objectIds: null,
      expiresAt: null,
      lastUsedAt: null,
      revokedAt: '2030-12-24T12:00:00.000Z',
      createdAt: '2030-12-01T09:00:00.000Z',
      status: 'REVOKED',
    },
  ],
  objects: [
    {
      objectId: 'object-person',
      nameSingular: 'person',
      labelSingular: 'Person',
      labelPlural: 'People',
      isCustom: false,
      isCustomized: false,
      canRead: true,
      canCreate: true,
      canUpdate: true,
      canDelete: true,
      fields: [
        {
          fieldId: 'field-person-name',
          name: 'name',
          label: 'Name',
          type: 'FULL_NAME',
          isHidden: false,
        },
        {
          fieldId: 'field-person-emails',
          name: 'emails',
          label: 'Emails',
          type: 'EMAILS',
          isHidden: false,
        },
        {
          fieldId: 'field-person-phones',
          name: 'phones',
          label: 'Phones',
          type: 'PHONES',
          isHidden: false,
        },
      ],
    },
    {
      objectId: 'object-company',
      nameSingular: 'company',
      labelSingular: 'Company',
      labelPlural: 'Companies',
      isCustom: false,
      isCustomized: true,
      canRead: true,
      canCreate: false,
      canUpdate: true,
      canDelete: false,
      fields: [
        {
          fieldId: 'field-company-name',
          name: 'name',
          label: 'Name',
          type: 'TEXT',
          isHidden: false,
        },
        {
          fieldId: 'field-company-arr',
          name: 'annualRecurringRevenue',
          label: 'ARR',
          type: 'CURRENCY',
          isHidden: true,
        },
      ],
    },
    {
      objectId: 'object-pet',
      nameSingular: 'pet',
      labelSingular: 'Pet',
      labelPlural: 'Pets',
      isCustom: true,
      isCustomized: false,
      canRead: true,
      canCreate: true,
      canUpdate: true,
      canDelete: true,
      fields: [
        {
          fieldId: 'field-pet-species',
          name: 'species',
          label: 'Species',
          type: 'SELECT',
          isHidden: false,
        },
      ],
    },
  ],
  auditEvents: createAuditEvents(),
  auditChain: {
    valid: true,
    checkedRows: 4,
    prunedThroughSequence: 0,
    lastSequence: 4,
    headHash: 'a3f1c0ffee'.padEnd(64, '0'),
    firstBadSequence: null,
    problem: null,
  },
  indexAdvice: [
    {
      objectName: 'opportunity',
      objectLabel: 'Opportunity',
      description:
        'order by amount.amount desc nulls last, id asc nulls last; filter stage =, name text match',
      calls: 1204,
      lastUsedAt: '2026-12-07T09:30:00.000Z',
      statement:
        'CREATE INDEX CONCURRENTLY IF NOT EXISTS "IDX_mcp_0123456789abcdef" ON "workspace_1wgvd1injqtife6y4rvfbu3h5"."opportunity" ("stage" ASC NULLS LAST, "amountAmountMicros" DESC NULLS LAST, "id" ASC NULLS LAST) WHERE "deletedAt" IS NULL;',
      servedBy: null,
      notes: [
        'name: a text match (like, ilike, starts/ends with) cannot use a btree index',
      ],
    },
    {
      objectName: 'person',
      objectLabel: 'Person',
      description: 'order by id asc nulls last',
      calls: 1,
      lastUsedAt: '2026-12-06T08:00:00.000Z',
      statement:
        'CREATE INDEX CONCURRENTLY IF NOT EXISTS "IDX_mcp_fedcba9876543210" ON "workspace_1wgvd1injqtife6y4rvfbu3h5"."person" ("id" ASC NULLS LAST) WHERE "deletedAt" IS NULL;',
      servedBy: 'PK_person',
      notes: [],
    },
  ],
  ...overrides,
});
