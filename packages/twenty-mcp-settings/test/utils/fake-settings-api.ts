import {
  buildSchema,
  execute,
  GraphQLError,
  type GraphQLSchema,
  parse,
  validate,
} from 'graphql';

import settingsApiDoc from '../../../../docs/settings-api.md?raw';
import { type McpObjectChoice } from '../../src/types/mcp-object-choice.type';
import { type McpGrantableRole } from '../../src/types/mcp-grantable-role.type';
import { type McpObjectExposure } from '../../src/types/mcp-object-exposure.type';
import { type McpScope } from '../../src/types/mcp-scope.type';
import { type McpAuditBucket } from '../../src/types/mcp-audit-bucket.type';
import { type McpAuditChain } from '../../src/types/mcp-audit-chain.type';
import { type McpAuditEvent } from '../../src/types/mcp-audit-event.type';
import { type McpCallLimits } from '../../src/types/mcp-call-limits.type';
import { type McpIndexAdvice } from '../../src/types/mcp-index-advice.type';
import { type McpSettings } from '../../src/types/mcp-settings.type';
import { type McpToken } from '../../src/types/mcp-token.type';
import { type McpToolMode } from '../../src/types/mcp-tool-mode.type';
import { type McpToolSummary } from '../../src/types/mcp-tool-summary.type';
import { type McpViewer } from '../../src/types/mcp-viewer.type';
import { type McpWorkspaceChoice } from '../../src/types/mcp-workspace-choice.type';

// An in-memory settings API behind `fetch`: it parses and validates every
// operation the page sends against the schema in docs/settings-api.md, runs
// it with graphql-js on the state below, and answers with the fields the
// operation selected, as the module's GraphQL endpoint does.

export type FakeErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'INTERNAL_SERVER_ERROR';

export type FakeMembership = {
  workspace: McpWorkspaceChoice;
  roleLabel: string;
  canManageApiKeys: boolean;
};

export type FakeUser = {
  email: string;
  password: string;
  name: string;
  memberships: FakeMembership[];
};

export type FakeApiState = {
  users: FakeUser[];
  settings: McpSettings;
  // grantableScopes: what the signed-in issuer may grant with each role.
  roles: McpGrantableRole[];
  tokens: McpToken[];
  objects: FakeObject[];
  // The audit trail, oldest first, and the chain's verification result.
  auditEvents: McpAuditEvent[];
  auditChain: McpAuditChain;
  // What the index advisor answers, most used first.
  indexAdvice: McpIndexAdvice[];
};

// An object as stored: its default is derived from the settings.
export type FakeObject = Omit<McpObjectExposure, 'isExposedByDefault'>;

// One request the page sent, as the server saw it.
export type FakeApiCall = {
  url: string;
  method: string;
  operationName: string;
  variables: Record<string, unknown>;
  token: string | null;
};

type Session = { user: FakeUser; membership: FakeMembership };

type Context = { token: string | null };

type Args<TInput> = { input: TInput };

type SignInInput = { email: string; password: string; workspaceId?: string };

type UpdateMcpSettingsInput = {
  isEnabled?: boolean | null;
  exposeNewObjects?: boolean | null;
  auditRecordArguments?: boolean | null;
  auditRetentionDays?: number | null;
  erasureContactFields?: string[] | null;
} & { [limit in keyof McpCallLimits]?: number | null };

type IssueMcpTokenInput = {
  name: string;
  roleId: string;
  scopes: McpScope[];
  objectIds?: string[] | null;
  expiresAt?: string | null;
};

type UpdateObjectExposureInput = {
  objectId: string;
  canRead: boolean;
  canCreate: boolean;
  canUpdate: boolean;
  canDelete: boolean;
  hiddenFieldIds: string[];
};

type McpToolPreviewInput = {
  roleId: string;
  scopes: McpScope[];
  objectIds?: string[] | null;
  mode?: McpToolMode | null;
};

type McpAuditEventsInput = {
  since?: string | null;
  until?: string | null;
  action?: string | null;
  principalId?: string | null;
  outcome?: string | null;
  beforeSequence?: number | null;
  first?: number | null;
  bucket?: string | null;
};

// The events an input selects, newest first, as the module filters them.
const selectAuditEvents = (
  events: McpAuditEvent[],
  input: McpAuditEventsInput | null | undefined,
): McpAuditEvent[] =>
  events
    .filter(
      (event) =>
        (!input?.since || event.occurredAt >= input.since) &&
        (!input?.until || event.occurredAt <= input.until) &&
        (!input?.action || event.action === input.action) &&
        (!input?.principalId || event.principalId === input.principalId) &&
        (!input?.outcome || event.outcome === input.outcome),
    )
    .sort((a, b) => b.sequence - a.sequence);

// The UTC hour or day an ISO time falls in.
const bucketStart = (occurredAt: string, bucket: 'hour' | 'day'): string =>
  bucket === 'hour'
    ? `${occurredAt.slice(0, 13)}:00:00.000Z`
    : `${occurredAt.slice(0, 10)}T00:00:00.000Z`;

const MCP_SCOPES: McpScope[] = ['READ', 'WRITE', 'DELETE', 'DESTROY', 'ERASE'];

// Tokens the fake counts for each tool of a preview.
export const FAKE_TOKENS_PER_TOOL = 150;

const COMPACT_TOOLS: Record<McpScope, string[]> = {
  READ: ['find_records', 'get_record'],
  WRITE: ['create_record', 'update_record'],
  DELETE: ['delete_record', 'restore_record'],
  DESTROY: ['destroy_record'],
  ERASE: ['erase_person'],
};

const PER_OBJECT_OPERATIONS: Record<McpScope, string[]> = {
  READ: ['find', 'get'],
  WRITE: ['create', 'update'],
  DELETE: ['delete', 'restore'],
  DESTROY: ['destroy'],
  // Only people are erased (below).
  ERASE: ['erase'],
};

// The contract: the ```graphql block of docs/settings-api.md.
const buildContractSchema = (): GraphQLSchema => {
  const sdl = /```graphql\n([\s\S]*?)```/.exec(settingsApiDoc)?.[1];

  if (!sdl) {
    throw new Error('docs/settings-api.md has no ```graphql schema block');
  }

  return buildSchema(`scalar DateTime\n${sdl}`);
};

const CONTRACT_SCHEMA = buildContractSchema();

const fail = (code: FakeErrorCode, message: string): never => {
  throw new GraphQLError(message, { extensions: { code } });
};

const jsonResponse = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/graphql-response+json' },
  });

// An object without an admin row: every operation, except for custom
// objects while new custom objects are not exposed by default.
const withDefault = (
  object: FakeObject,
  settings: McpSettings,
): McpObjectExposure => {
  const isExposed = !object.isCustom || settings.exposeNewObjects;

  if (object.isCustomized) {
    return { ...object, isExposedByDefault: isExposed };
  }

  return {
    ...object,
    isExposedByDefault: isExposed,
    canRead: isExposed,
    canCreate: isExposed,
    canUpdate: isExposed,
    canDelete: isExposed,
    fields: object.fields.map((field) => ({ ...field, isHidden: false })),
  };
};

export class FakeSettingsApi {
  // Every fake a test made; test/setup-tests.ts checks and forgets them.
  static readonly instances = new Set<FakeSettingsApi>();
  readonly state: FakeApiState;
  readonly calls: FakeApiCall[] = [];
  // Requests the page sent that the documented schema refuses: a test that
  // leaves any fails (see test/setup-tests.ts).
  readonly contractViolations: string[] = [];
  private readonly sessions = new Map<string, Session>();
  private readonly failures = new Map<
    string,
    { code: FakeErrorCode; message: string }[]
  >();
  private readonly holds = new Map<string, Promise<void>[]>();
  private issuedCount = 0;

  constructor(state: FakeApiState) {
    this.state = state;
    FakeSettingsApi.instances.add(this);
  }

  // The graphql URL the page is expected to call.
  get url(): string {
    return new URL('graphql', document.baseURI).href;
  }

  // The audit export (docs/audit-trail.md), beside the GraphQL endpoint.
  get exportUrl(): string {
    return new URL('audit/export', document.baseURI).href;
  }

  // An access token the API accepts, as signIn would return it.
  createSession(email: string, workspaceId?: string): string {
    const user = this.state.users.find(
      (candidate) => candidate.email === email,
    );
    const membership = user?.memberships.find(
      (candidate) => !workspaceId || candidate.workspace.id === workspaceId,
    );

    if (!user || !membership) {
      throw new Error(`No fake user ${email} in workspace ${workspaceId}`);
    }

    const token = `access-${this.sessions.size + 1}-${membership.workspace.id}`;

    this.sessions.set(token, { user, membership });

    return token;
  }

  // Ends every session, as when the access tokens expire.
  expireSessions(): void {
    this.sessions.clear();
  }

  // The next request of that operation fails with this GraphQL error.
  failNext(operationName: string, code: FakeErrorCode, message: string): void {
    this.failures.set(operationName, [
      ...(this.failures.get(operationName) ?? []),
      { code, message },
    ]);
  }

  // The next request of that operation waits until release() is called.
  hold(operationName: string): { release: () => void } {
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });

    this.holds.set(operationName, [
      ...(this.holds.get(operationName) ?? []),
      gate,
    ]);

    return { release: () => release() };
  }

  callsOf(operationName: string): FakeApiCall[] {
    return this.calls.filter((call) => call.operationName === operationName);
  }

  lastVariables(operationName: string): Record<string, unknown> | undefined {
    return this.callsOf(operationName).at(-1)?.variables;
  }

  readonly fetch = async (
    input: RequestInfo | URL,
    init?: RequestInit,
  ): Promise<Response> => {
    const url = input instanceof Request ? input.url : String(input);
    const method = init?.method ?? 'GET';

    if (method === 'GET' && url.startsWith(this.exportUrl)) {
      return this.exportAudit(url, new Headers(init?.headers));
    }

    if (url !== this.url || method !== 'POST') {
      this.contractViolations.push(`${method} ${url}: not the settings API`);

      return new Response('Not found', { status: 404 });
    }

    const headers = new Headers(init?.headers);

    if (!headers.get('content-type')?.startsWith('application/json')) {
      this.contractViolations.push(
        `content-type ${headers.get('content-type')}: GraphQL over HTTP needs application/json`,
      );
    }

    const token =
      headers.get('authorization')?.match(/^Bearer\s+(\S+)$/)?.[1] ?? null;
    const { query, variables = {} } = JSON.parse(String(init?.body)) as {
      query: string;
      variables?: Record<string, unknown>;
    };
    const operationDocument = parse(query);
    const operation = operationDocument.definitions.find(
      (definition) => definition.kind === 'OperationDefinition',
    );
    const operationName = operation?.name?.value ?? '(anonymous)';

    this.calls.push({ url, method, operationName, variables, token });

    const errors = validate(CONTRACT_SCHEMA, operationDocument);

    if (errors.length > 0) {
      this.contractViolations.push(
        `${operationName}: ${errors.map((error) => error.message).join('; ')}`,
      );

      return jsonResponse(400, { errors: errors.map((e) => e.toJSON()) });
    }

    await this.holds.get(operationName)?.shift();

    const failure = this.failures.get(operationName)?.shift();

    if (failure) {
      return jsonResponse(200, {
        errors: [
          { message: failure.message, extensions: { code: failure.code } },
        ],
        data: null,
      });
    }

    const result = await execute({
      schema: CONTRACT_SCHEMA,
      document: operationDocument,
      rootValue: this.resolvers,
      contextValue: { token } satisfies Context,
      variableValues: variables,
    });

    for (const error of result.errors ?? []) {
      if (!error.extensions.code) {
        this.contractViolations.push(`${operationName}: ${error.message}`);
      }
    }

    return jsonResponse(200, {
      ...(result.errors
        ? { errors: result.errors.map((error) => error.toJSON()) }
        : {}),
      data: result.data ?? null,
    });
  };

  // GET audit/export?format=jsonl|csv&since&until: the selected events in
  // chain order; a CSV of the columns the tests read.
  private exportAudit(url: string, headers: Headers): Response {
    const token =
      headers.get('authorization')?.match(/^Bearer\s+(\S+)$/)?.[1] ?? null;
    const params = new URL(url).searchParams;
    const format = params.get('format');

    this.calls.push({
      url,
      method: 'GET',
      operationName: 'audit/export',
      variables: Object.fromEntries(params),
      token,
    });

    if (!token || !this.sessions.has(token)) {
      return new Response('Sign in first.', { status: 401 });
    }

    if (format !== 'jsonl' && format !== 'csv') {
      this.contractViolations.push(`audit/export: format ${format}`);

      return new Response('format is jsonl or csv.', { status: 400 });
    }

    const events = selectAuditEvents(this.state.auditEvents, {
      since: params.get('since'),
      until: params.get('until'),
    }).reverse();
    const body =
      format === 'jsonl'
        ? events.map((event) => `${JSON.stringify(event)}\n`).join('')
        : [
            'sequence,occurredAt,action,outcome\r\n',
            ...events.map(
              (event) =>
                `${event.sequence},${event.occurredAt},${event.action},${event.outcome}\r\n`,
            ),
          ].join('');

    return new Response(body, {
      status: 200,
      headers: {
        'content-type':
          format === 'jsonl' ? 'application/x-ndjson' : 'text/csv',
      },
    });
  }

  private authenticate({ token }: Context): Session {
    const session = token ? this.sessions.get(token) : undefined;

    if (!session) {
      return fail(
        'UNAUTHENTICATED',
        token
          ? 'Your session has expired.'
          : 'Sign in first: send "Authorization: Bearer <Twenty access token or API key>".',
      );
    }

    if (!session.membership.canManageApiKeys) {
      return fail(
        'FORBIDDEN',
        `Your role (${session.membership.roleLabel}) cannot manage API keys, so it cannot manage MCP access either.`,
      );
    }

    return session;
  }

  private findObject(objectId: string): FakeObject {
    const object = this.state.objects.find(
      (candidate) => candidate.objectId === objectId,
    );

    return (
      object ??
      fail(
        'BAD_USER_INPUT',
        `objectId: ${objectId} is not an object of this workspace that can be exposed.`,
      )
    );
  }

  private assertRoleAndObjects(roleId: string, objectIds: string[]): void {
    if (!this.state.roles.some((role) => role.id === roleId)) {
      fail(
        'BAD_USER_INPUT',
        'roleId: choose a role of this workspace that can be assigned to API keys.',
      );
    }

    const unknown = objectIds.find(
      (id) => !this.state.objects.some((object) => object.objectId === id),
    );

    if (unknown) {
      fail(
        'BAD_USER_INPUT',
        `objectIds: ${unknown} is not an object of this workspace.`,
      );
    }
  }

  private describeObjects(): McpObjectExposure[] {
    return this.state.objects.map((object) =>
      withDefault(object, this.state.settings),
    );
  }

  private replaceObject(object: FakeObject): McpObjectExposure {
    this.state.objects = this.state.objects.map((candidate) =>
      candidate.objectId === object.objectId ? object : candidate,
    );

    return withDefault(object, this.state.settings);
  }

  private previewTools(input: McpToolPreviewInput): McpToolSummary[] {
    const scopes = MCP_SCOPES.filter((scope) => input.scopes.includes(scope));
    const allowed = input.objectIds?.length ? input.objectIds : null;
    const objects: McpObjectChoice[] = this.describeObjects().filter(
      (object) =>
        object.canRead && (!allowed || allowed.includes(object.objectId)),
    );

    if ((input.mode ?? this.state.settings.toolMode) === 'COMPACT') {
      return scopes.flatMap((scope) =>
        COMPACT_TOOLS[scope].map((name) => ({
          name,
          title: null,
          description: `${name} on ${objects.map((object) => object.nameSingular).join(', ')}`,
        })),
      );
    }

    return objects.flatMap((object) =>
      scopes
        .filter(
          (scope) => scope !== 'ERASE' || object.nameSingular === 'person',
        )
        .flatMap((scope) =>
          PER_OBJECT_OPERATIONS[scope].map((operation) => ({
            name: `${operation}_${object.nameSingular}`,
            title: `${operation} ${object.labelPlural}`,
            description: `${operation} ${object.labelPlural} records.`,
          })),
        ),
    );
  }

  // Root fields of the documented schema; graphql-js calls them with
  // (args, context).
  private readonly resolvers = {
    signIn: ({ input }: Args<SignInInput>) => {
      const user = this.state.users.find(
        (candidate) => candidate.email === input.email,
      );

      if (!user || user.password !== input.password) {
        return fail('UNAUTHENTICATED', 'Wrong email or password.');
      }

      const workspaces = user.memberships.map(({ workspace }) => workspace);
      const chosen = input.workspaceId
        ? user.memberships.find(
            ({ workspace }) => workspace.id === input.workspaceId,
          )
        : user.memberships.length === 1
          ? user.memberships[0]
          : undefined;

      if (!chosen) {
        if (input.workspaceId) {
          return fail(
            'UNAUTHENTICATED',
            'You are not a member of that workspace.',
          );
        }

        return {
          accessToken: null,
          expiresAt: null,
          workspace: null,
          workspaces,
        };
      }

      return {
        accessToken: this.createSession(user.email, chosen.workspace.id),
        expiresAt: '2099-01-01T00:00:00.000Z',
        workspace: chosen.workspace,
        workspaces: [chosen.workspace],
      };
    },

    mcpViewer: (_args: unknown, context: Context): McpViewer => {
      const { user, membership } = this.authenticate(context);

      return {
        name: user.name,
        workspaceId: membership.workspace.id,
        workspaceName: membership.workspace.displayName,
        roleLabel: membership.roleLabel,
      };
    },

    mcpSettings: (_args: unknown, context: Context): McpSettings => {
      this.authenticate(context);

      return this.state.settings;
    },

    mcpRoles: (_args: unknown, context: Context): McpGrantableRole[] => {
      this.authenticate(context);

      return this.state.roles;
    },

    mcpTokens: (_args: unknown, context: Context): McpToken[] => {
      this.authenticate(context);

      return this.state.tokens;
    },

    mcpObjects: (_args: unknown, context: Context): McpObjectExposure[] => {
      this.authenticate(context);

      return this.describeObjects();
    },

    mcpAuditEvents: (
      { input }: { input?: McpAuditEventsInput | null },
      context: Context,
    ) => {
      this.authenticate(context);

      const first = input?.first ?? 50;

      if (first < 1 || first > 500) {
        fail('BAD_USER_INPUT', 'first must be from 1 to 500');
      }

      const selected = selectAuditEvents(this.state.auditEvents, input).filter(
        (event) =>
          typeof input?.beforeSequence !== 'number' ||
          event.sequence < input.beforeSequence,
      );
      const events = selected.slice(0, first);

      return {
        events,
        nextBeforeSequence:
          selected.length > first ? events[events.length - 1].sequence : null,
      };
    },

    mcpAuditActivity: (
      { input }: { input?: McpAuditEventsInput | null },
      context: Context,
    ): McpAuditBucket[] => {
      this.authenticate(context);

      const bucket = input?.bucket === 'hour' ? 'hour' : 'day';
      const counts = new Map<string, McpAuditBucket>();

      for (const event of selectAuditEvents(this.state.auditEvents, input)) {
        const start = bucketStart(event.occurredAt, bucket);
        const key = `${start} ${event.action} ${event.outcome}`;
        const current = counts.get(key) ?? {
          start,
          action: event.action,
          outcome: event.outcome,
          count: 0,
        };

        counts.set(key, { ...current, count: current.count + 1 });
      }

      return [...counts.values()].sort((a, b) =>
        a.start.localeCompare(b.start),
      );
    },

    mcpAuditChain: (_args: unknown, context: Context): McpAuditChain => {
      this.authenticate(context);

      return this.state.auditChain;
    },

    mcpIndexAdvice: (_args: unknown, context: Context): McpIndexAdvice[] => {
      this.authenticate(context);

      return this.state.indexAdvice;
    },

    mcpToolPreview: (
      { input }: Args<McpToolPreviewInput>,
      context: Context,
    ) => {
      this.authenticate(context);
      this.assertRoleAndObjects(input.roleId, input.objectIds ?? []);

      const tools = this.previewTools(input);

      return {
        tools,
        tokenCount: tools.length * FAKE_TOKENS_PER_TOOL,
        toolsListJson: JSON.stringify({ tools }),
      };
    },

    updateMcpSettings: (
      { input }: Args<UpdateMcpSettingsInput>,
      context: Context,
    ): McpSettings => {
      this.authenticate(context);

      const callLimits = { ...this.state.settings.callLimits };

      if (
        typeof input.auditRetentionDays === 'number' &&
        (input.auditRetentionDays < 0 || input.auditRetentionDays > 36_500)
      ) {
        fail(
          'BAD_USER_INPUT',
          'auditRetentionDays must be a whole number from 0 to 36500',
        );
      }

      for (const name of Object.keys(callLimits) as (keyof McpCallLimits)[]) {
        const value = input[name];

        if (value === null) {
          callLimits[name] = this.state.settings.defaultCallLimits[name];
        } else if (value !== undefined) {
          if (value < 1 || value > 1_000_000) {
            fail(
              'BAD_USER_INPUT',
              `${name} must be a whole number from 1 to 1000000`,
            );
          }

          callLimits[name] = value;
        }
      }

      const choices = new Set(
        this.state.settings.erasureContactFieldChoices.map(({ key }) => key),
      );
      const refused = input.erasureContactFields?.find(
        (entry) => !choices.has(entry),
      );

      if (refused !== undefined) {
        fail(
          'BAD_USER_INPUT',
          `erasureContactFields: "${refused}" is not accepted. Name Emails, Phones or Text fields of objects other than person, as "objectName.fieldName" (mcpSettings.erasureContactFieldChoices lists them).`,
        );
      }

      this.state.settings = {
        ...this.state.settings,
        callLimits,
        ...(input.erasureContactFields === undefined
          ? {}
          : {
              erasureContactFields: input.erasureContactFields
                ? [...new Set(input.erasureContactFields)]
                : null,
            }),
        ...(typeof input.isEnabled === 'boolean'
          ? { isEnabled: input.isEnabled }
          : {}),
        ...(typeof input.exposeNewObjects === 'boolean'
          ? { exposeNewObjects: input.exposeNewObjects }
          : {}),
        ...(typeof input.auditRecordArguments === 'boolean'
          ? { auditRecordArguments: input.auditRecordArguments }
          : {}),
        ...(typeof input.auditRetentionDays === 'number'
          ? { auditRetentionDays: input.auditRetentionDays }
          : {}),
      };

      return this.state.settings;
    },

    issueMcpToken: ({ input }: Args<IssueMcpTokenInput>, context: Context) => {
      this.authenticate(context);

      const name = input.name.trim();

      if (name.length < 1 || name.length > 100) {
        fail('BAD_USER_INPUT', 'name must be 1 to 100 characters');
      }

      if (input.scopes.length === 0) {
        fail('BAD_USER_INPUT', 'scopes must name at least one scope');
      }

      this.assertRoleAndObjects(input.roleId, input.objectIds ?? []);

      const role = this.state.roles.find(({ id }) => id === input.roleId)!;
      const exceeding = input.scopes.filter(
        (scope) => !role.grantableScopes.includes(scope),
      );

      if (exceeding.length > 0) {
        fail(
          'FORBIDDEN',
          `A token cannot have rights its issuer does not: your role cannot do what this token would (${exceeding.join(', ')} with ${role.label}).`,
        );
      }

      if (
        input.expiresAt &&
        new Date(input.expiresAt).getTime() <= Date.now()
      ) {
        fail('BAD_USER_INPUT', 'expiresAt must be in the future');
      }

      this.issuedCount += 1;

      const prefix = `tmcp_Fake${this.issuedCount}`;
      const record: McpToken = {
        id: `token-issued-${this.issuedCount}`,
        name,
        displayPrefix: prefix,
        role: this.state.roles.find((role) => role.id === input.roleId) ?? null,
        scopes: MCP_SCOPES.filter((scope) => input.scopes.includes(scope)),
        objectIds: input.objectIds?.length ? input.objectIds : null,
        expiresAt: input.expiresAt ?? null,
        lastUsedAt: null,
        revokedAt: null,
        createdAt: new Date().toISOString(),
        status: 'ACTIVE',
      };

      this.state.tokens = [record, ...this.state.tokens];

      return { token: `${prefix}_secret${this.issuedCount}`, record };
    },

    revokeMcpToken: ({ id }: { id: string }, context: Context): McpToken => {
      this.authenticate(context);

      const token = this.state.tokens.find((candidate) => candidate.id === id);

      if (!token) {
        return fail('NOT_FOUND', `No MCP token ${id} in this workspace.`);
      }

      const revoked: McpToken = {
        ...token,
        status: 'REVOKED',
        revokedAt: token.revokedAt ?? new Date().toISOString(),
      };

      this.state.tokens = this.state.tokens.map((candidate) =>
        candidate.id === id ? revoked : candidate,
      );

      return revoked;
    },

    updateObjectExposure: (
      { input }: Args<UpdateObjectExposureInput>,
      context: Context,
    ): McpObjectExposure => {
      this.authenticate(context);

      const object = this.findObject(input.objectId);

      if (
        !input.canRead &&
        (input.canCreate || input.canUpdate || input.canDelete)
      ) {
        fail(
          'BAD_USER_INPUT',
          `${object.labelPlural}: creating, updating or deleting needs reading too; turn read on or turn the others off.`,
        );
      }

      const unknownField = input.hiddenFieldIds.find(
        (id) => !object.fields.some((field) => field.fieldId === id),
      );

      if (unknownField) {
        fail(
          'BAD_USER_INPUT',
          `hiddenFieldIds: ${unknownField} is not a field of ${object.labelPlural}.`,
        );
      }

      return this.replaceObject({
        ...object,
        isCustomized: true,
        canRead: input.canRead,
        canCreate: input.canCreate,
        canUpdate: input.canUpdate,
        canDelete: input.canDelete,
        fields: object.fields.map((field) => ({
          ...field,
          isHidden: input.hiddenFieldIds.includes(field.fieldId),
        })),
      });
    },

    resetObjectExposure: (
      { objectId }: { objectId: string },
      context: Context,
    ): McpObjectExposure => {
      this.authenticate(context);

      return this.replaceObject({
        ...this.findObject(objectId),
        isCustomized: false,
      });
    },
  };
}
