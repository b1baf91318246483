import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  type AuthInfo,
  isJsonContentType,
  isLegacyRequest,
  legacyStatelessFallback,
  readRequestBody,
  type Server,
  WebStandardStreamableHTTPServerTransport,
} from '@modelcontextprotocol/server';

import { TWENTY_MCP_CONFIG } from '../../config/constants/twenty-mcp-config.token';
import { type McpEndpointConfig } from '../../config/types/mcp-endpoint-config.type';
import { type McpLimits } from '../../config/types/mcp-limits.type';
import { type TwentyMcpConfig } from '../../config/types/twenty-mcp-config.type';
import { TwentyMcpExceptionCode } from '../../domain/exceptions/twenty-mcp-exception-code.enum';
import { isTwentyMcpException } from '../../domain/exceptions/utils/is-twenty-mcp-exception.util';
import { type Principal } from '../../domain/principal/types/principal.type';
import { classifyCredentialRefusal } from '../../domain/exceptions/utils/classify-credential-refusal.util';
import { AuthFailureLimiter } from '../../services/auth-failures/auth-failure-limiter.service';
import { authFailureKeys } from '../../services/auth-failures/utils/auth-failure-keys.util';
import { CredentialResolver } from '../../services/credentials/credential-resolver.service';
import { DatabaseBreakerService } from '../../services/database-breaker/database-breaker.service';
import { McpMetricsService } from '../../services/metrics/mcp-metrics.service';
import { RecordsService } from '../../services/records/records.service';
import { ConfirmationsService } from '../../services/confirmations/confirmations.service';
import { WorkspaceContextService } from '../../services/workspace-context/workspace-context.service';
import { ToolSetService } from '../../tools/services/tool-set.service';
import { JSON_RPC_ERROR_CODE } from '../constants/json-rpc-error-code.const';
import { MCP_HTTP_REQUEST_STORAGE } from '../constants/mcp-http-request-storage.const';
import { MCP_HTTP_LIMITS } from '../constants/mcp-http-limits.const';
import { type McpRequestState } from '../types/mcp-request-state.type';
import { buildProtectedResourceMetadata } from '../utils/build-protected-resource-metadata.util';
import { buildWwwAuthenticate } from '../utils/build-www-authenticate.util';
import { createLogThrottle } from '../utils/create-log-throttle.util';
import { describeError } from '../../domain/exceptions/utils/describe-error.util';
import { isAllowedHost } from '../../config/utils/is-allowed-host.util';
import { isAllowedOrigin } from '../utils/is-allowed-origin.util';
import { jsonRpcErrorResponse } from '../utils/json-rpc-error-response.util';
import { twentyMcpExceptionToHttp } from '../utils/twenty-mcp-exception-to-http.util';
import { ListChangedNotifier } from './list-changed-notifier.service';
import { McpServerFactory } from './mcp-server-factory.service';
import { CredentialSlots } from './credential-slots.service';
import { capJsonResponse } from '../utils/cap-json-response.util';
import { internalError } from '../../domain/exceptions/utils/internal-error.util';

const logger = new Logger('TwentyMcp');

// Refused credentials are logged per client address, throttled: a client
// retrying a dead token must not flood the log.
const refusals = createLogThrottle();

// The current request's id and client address, for log lines.
const requestInfo = () => MCP_HTTP_REQUEST_STORAGE.getStore();

type ServerFactoryContext = { authInfo?: AuthInfo };

// The MCP endpoint as a web-standard handler: `fetch(Request) → Response`,
// so the same code serves inside Twenty (Nest/Express) and standalone. It
// serves both protocol eras on one path: 2026-07-28 through the SDK's
// handler, 2025-11-25 statelessly, with JSON replies unless progress has to
// be streamed.
@Injectable()
export class McpHttpHandler {
  private readonly endpoint: McpEndpointConfig;
  private readonly limits: McpLimits;
  private readonly legacySse: ReturnType<typeof legacyStatelessFallback>;

  constructor(
    @Inject(TWENTY_MCP_CONFIG) config: TwentyMcpConfig,
    private readonly credentials: CredentialResolver,
    private readonly contexts: WorkspaceContextService,
    private readonly toolSets: ToolSetService,
    private readonly records: RecordsService,
    private readonly confirmations: ConfirmationsService,
    private readonly servers: McpServerFactory,
    private readonly notifier: ListChangedNotifier,
    private readonly authFailures: AuthFailureLimiter,
    private readonly metrics: McpMetricsService,
    private readonly slots: CredentialSlots,
    private readonly breaker: DatabaseBreakerService,
  ) {
    this.endpoint = config.endpoint;
    this.limits = config.limits;
    this.legacySse = legacyStatelessFallback(this.serverFactory, (error) =>
      logUnexpected(error),
    );
  }

  readonly serverFactory = (ctx: ServerFactoryContext): Server => {
    const state = ctx.authInfo?.extra?.state as McpRequestState | undefined;

    if (!state) {
      // Unreachable: every request is authenticated before an era handler runs.
      throw internalError(
        'MCP server requested without an authenticated request state',
      );
    }

    return this.servers.create(state);
  };

  async fetch(
    request: Request,
    // clientAddress: the peer's address as the host framework sees it
    // (Express's req.ip), for limiting failed authentications.
    options: { parsedBody?: unknown; clientAddress?: string } = {},
  ): Promise<Response> {
    const url = new URL(request.url);

    if (
      !isAllowedHost(request.headers.get('host'), this.endpoint.allowedHosts)
    ) {
      // Names what was refused and what to set: behind a proxy the Host is
      // often not the one the operator expects.
      return jsonRpcErrorResponse(
        403,
        JSON_RPC_ERROR_CODE.SERVER_ERROR,
        `Forbidden: Host ${JSON.stringify((request.headers.get('host') ?? '').slice(0, 100))} is not served (DNS rebinding protection). To serve it, add it to the allowed hosts (standalone host: MCP_ALLOWED_HOSTS) or make it the host of the public URL (PUBLIC_URL).`,
      );
    }

    if (
      !isAllowedOrigin(
        request.headers.get('origin'),
        this.endpoint.allowedOrigins,
      )
    ) {
      return jsonRpcErrorResponse(
        403,
        JSON_RPC_ERROR_CODE.SERVER_ERROR,
        'Forbidden: requests from this Origin are not allowed.',
      );
    }

    if (this.isResourceMetadataPath(url.pathname)) {
      return Response.json(
        buildProtectedResourceMetadata({
          resource: this.endpoint.resourceUrl,
          authorizationServers: this.endpoint.authorizationServers,
          scopesSupported: this.endpoint.scopesSupported,
          resourceName: this.endpoint.resourceName,
        }),
        { headers: { 'cache-control': 'public, max-age=3600' } },
      );
    }

    if (url.pathname !== this.endpoint.path) {
      return jsonRpcErrorResponse(
        404,
        JSON_RPC_ERROR_CODE.SERVER_ERROR,
        `Not found: the MCP endpoint is ${this.endpoint.path}.`,
      );
    }

    // Every request below reads the database (the credential, the
    // workspace): while PostgreSQL is away it is refused here, at once.
    try {
      await this.breaker.enter();
    } catch (error) {
      return this.failure(error);
    }

    const authenticated = await this.authenticate(
      request,
      options.clientAddress ?? 'unknown',
    );

    if (authenticated instanceof Response) {
      return authenticated;
    }

    let state: McpRequestState;

    try {
      state = await this.resolveState(authenticated);
    } catch (error) {
      this.breaker.observe(error);

      return this.failure(error);
    }
    this.breaker.succeeded();

    const authInfo: AuthInfo = {
      token: '',
      clientId: authenticated.credentialId,
      scopes: [...authenticated.scopes],
      extra: { state },
    };

    return withRetryAfter(
      await this.dispatch(request, state, authInfo, options.parsedBody),
    );
  }

  private async resolveState(principal: Principal): Promise<McpRequestState> {
    const context = await this.contexts.resolve(principal);

    return {
      principal,
      access: {
        workspace: context.workspace,
        permissions: context.permissions,
        actor: {
          name: principal.name,
          workspaceMemberId: principal.workspaceMemberId,
          userId: principal.userId ?? null,
        },
      },
      records: this.records,
      confirmations: this.confirmations,
      toolSet: this.toolSets.getToolSet(context),
      callLimits: context.callLimits,
    };
  }

  private async dispatch(
    request: Request,
    state: McpRequestState,
    authInfo: AuthInfo,
    parsedBody: unknown,
  ): Promise<Response> {
    const workspaceId = state.principal.workspaceId;
    const modern = this.notifier.modernHandlerFor(
      workspaceId,
      this.serverFactory,
    );
    const method = request.method.toUpperCase();

    if (method === 'GET') {
      const version = request.headers.get('mcp-protocol-version');

      // A 2026 client never GETs (405 from the SDK); a 2025 client GETs for
      // the stream that carries list_changed notifications.
      if (version && version >= '2026-07-28') {
        return modern.fetch(request, { authInfo });
      }

      const release = this.slots.tryAcquire(
        'stream',
        state.principal.credentialId,
      );

      if (!release) {
        return this.tooManyStreams();
      }

      try {
        return await this.notifier.openLegacyStream(
          workspaceId,
          request,
          this.serverFactory({ authInfo }),
          authInfo,
          release,
        );
      } catch (error) {
        // A slot is given back once, however far the stream got.
        release();
        throw error;
      }
    }

    if (
      method !== 'POST' ||
      !isJsonContentType(request.headers.get('content-type'))
    ) {
      return modern.fetch(request, { authInfo });
    }

    let body = parsedBody;

    if (body === undefined) {
      const read = await readRequestBody(
        request,
        MCP_HTTP_LIMITS.maxRequestBodyBytes,
      );

      if (read.tooLarge) {
        return jsonRpcErrorResponse(
          413,
          JSON_RPC_ERROR_CODE.INVALID_REQUEST,
          'Request body too large (4 MiB at most).',
        );
      }

      try {
        body = JSON.parse(read.text);
      } catch {
        return jsonRpcErrorResponse(
          400,
          JSON_RPC_ERROR_CODE.PARSE_ERROR,
          'Parse error: the request body is not valid JSON.',
        );
      }
    }

    if (Array.isArray(body) && body.length > this.limits.maxBatchMessages) {
      return jsonRpcErrorResponse(
        400,
        JSON_RPC_ERROR_CODE.INVALID_REQUEST,
        `Batch too large: ${body.length} messages, at most ${this.limits.maxBatchMessages} per batch. Send the rest in further requests.`,
      );
    }

    if (!(await isLegacyRequest(request, body))) {
      if (!isListen(body)) {
        return capJsonResponse(
          await modern.fetch(request, { authInfo, parsedBody: body }),
          this.limits.maxResponseBytes,
          body,
        );
      }

      const release = this.slots.tryAcquire(
        'stream',
        state.principal.credentialId,
      );

      if (!release) {
        return this.tooManyStreams();
      }

      try {
        return this.notifier.trackModernListen(
          workspaceId,
          await modern.fetch(request, { authInfo, parsedBody: body }),
          release,
        );
      } catch (error) {
        release();
        throw error;
      }
    }

    return wantsProgress(body)
      ? this.legacySse(request, { authInfo, parsedBody: body })
      : capJsonResponse(
          await this.legacyJson(request, authInfo, body),
          this.limits.maxResponseBytes,
          body,
        );
  }

  private tooManyStreams(): Response {
    return jsonRpcErrorResponse(
      429,
      JSON_RPC_ERROR_CODE.SERVER_ERROR,
      `This credential already has ${this.limits.maxOpenStreamsPerToken} notification streams open, the most it may; close one first.`,
    );
  }

  // 2025-era request answered with plain JSON: the SDK's own legacy leg
  // always streams SSE, which costs more and that some clients handle badly.
  private async legacyJson(
    request: Request,
    authInfo: AuthInfo,
    parsedBody: unknown,
  ): Promise<Response> {
    const server = this.serverFactory({ authInfo });
    const transport = new WebStandardStreamableHTTPServerTransport({
      sessionIdGenerator: undefined,
      enableJsonResponse: true,
    });

    const close = () => {
      void transport.close();
      void server.close();
    };

    await server.connect(transport);
    // A client that goes away aborts its running handlers (and so cancels
    // their queries): closing the server aborts each call's signal.
    request.signal.addEventListener('abort', close, { once: true });

    try {
      return await transport.handleRequest(request, { authInfo, parsedBody });
    } finally {
      request.signal.removeEventListener('abort', close);
      close();
    }
  }

  private async authenticate(
    request: Request,
    clientAddress: string,
  ): Promise<Principal | Response> {
    const header = request.headers.get('authorization');
    const token = header?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];

    if (!token) {
      return this.challenge(
        401,
        header ? 'invalid_request' : undefined,
        header ? 'Use "Authorization: Bearer <token>".' : undefined,
      );
    }

    try {
      return await this.authFailures.authenticate(
        authFailureKeys('mcp', clientAddress, token),
        () => this.credentials.authenticate(token),
        (error) =>
          isTwentyMcpException(error) &&
          error.code === TwentyMcpExceptionCode.UNAUTHENTICATED,
      );
    } catch (error) {
      this.breaker.observe(error);

      if (!isTwentyMcpException(error)) {
        return this.failure(error);
      }

      switch (error.code) {
        case TwentyMcpExceptionCode.RATE_LIMITED: {
          const retryAfter = String(error.details?.retryAfterSeconds ?? 60);
          const response = jsonRpcErrorResponse(
            429,
            JSON_RPC_ERROR_CODE.SERVER_ERROR,
            error.message,
          );

          logger.log(
            `refused a credential over the failure limit: ${String(error.details?.reason ?? '')}`,
          );
          response.headers.set('retry-after', retryAfter);

          return response;
        }
        case TwentyMcpExceptionCode.UNAUTHENTICATED:
          this.logRefusal(
            clientAddress,
            String(error.details?.reason ?? error.message),
          );

          return this.challenge(401, 'invalid_token', error.message);
        // RFC 6750 §3.1: a valid token lacking a scope; the client may step up.
        case TwentyMcpExceptionCode.INSUFFICIENT_SCOPE:
          return this.challenge(
            403,
            'insufficient_scope',
            error.message,
            String(error.details?.scope ?? ''),
          );
        default:
          return this.failure(error);
      }
    }
  }

  private challenge(
    status: 401 | 403,
    error?: 'invalid_token' | 'invalid_request' | 'insufficient_scope',
    description?: string,
    // Default: every scope the authorization servers may grant, if any,
    // but opt-in ones.
    scope = this.endpoint.challengeScopes.join(' '),
  ): Response {
    const response = jsonRpcErrorResponse(
      status,
      JSON_RPC_ERROR_CODE.UNAUTHORIZED,
      description ??
        'Authentication required: send an MCP token or a Twenty API key as "Authorization: Bearer <token>".',
    );

    response.headers.set(
      'www-authenticate',
      buildWwwAuthenticate({
        resourceMetadataUrl: this.endpoint.resourceMetadataUrl,
        error,
        errorDescription: description,
        scope: scope || undefined,
      }),
    );

    return response;
  }

  // The reason (expired, revoked, bad signature…) is for the log and the
  // metrics only: the client reads one message for every refusal.
  private logRefusal(clientAddress: string, reason: string): void {
    const kind = classifyCredentialRefusal(reason);

    this.metrics.recordAuthFailure(kind);

    const { log, suppressed } = refusals.take(clientAddress);

    if (log) {
      logger.warn({
        msg: 'refused a credential',
        requestId: requestInfo()?.requestId,
        clientAddress,
        reason,
        kind,
        ...(suppressed > 0 ? { suppressed } : {}),
      });
    }
  }

  // Unexpected failures: the cause is logged, the client reads only the
  // request id to quote (never SQL, table names or stacks).
  private failure(error: unknown): Response {
    // A lost database is the same clear 503 whether or not the circuit has
    // opened yet; the driver's error goes nowhere but the log.
    const exception = this.breaker.toClientError(error);
    const status = isTwentyMcpException(exception)
      ? twentyMcpExceptionToHttp(exception)
      : null;

    // Anything but an internal error (503 busy included) carries a message
    // of ours the client can act on.
    if (status && status.status !== 500) {
      const response = jsonRpcErrorResponse(
        status.status,
        status.code,
        status.message,
      );
      const retryAfter = isTwentyMcpException(exception)
        ? exception.details?.retryAfterSeconds
        : undefined;

      if (status.status === 503 && typeof retryAfter === 'number') {
        response.headers.set('retry-after', String(retryAfter));
      }

      return response;
    }

    const requestId = logUnexpected(error);

    return jsonRpcErrorResponse(
      500,
      JSON_RPC_ERROR_CODE.INTERNAL_ERROR,
      `Internal error (request id ${requestId}).`,
    );
  }

  private isResourceMetadataPath(pathname: string): boolean {
    return (
      pathname ===
        `/.well-known/oauth-protected-resource${this.endpoint.path}` ||
      (this.endpoint.serveRootResourceMetadata &&
        pathname === '/.well-known/oauth-protected-resource')
    );
  }
}

// A tool call of this request refused by an hourly call limit: the reply
// says when to retry (a JSON reply; a stream's headers are already sent).
const withRetryAfter = (response: Response): Response => {
  const retryAfter = requestInfo()?.retryAfterSeconds;

  if (retryAfter !== undefined && !response.headers.has('retry-after')) {
    response.headers.set('retry-after', String(retryAfter));
  }

  return response;
};

const isListen = (body: unknown) =>
  typeof body === 'object' &&
  body !== null &&
  (body as { method?: unknown }).method === 'subscriptions/listen';

const wantsProgress = (body: unknown) =>
  typeof body === 'object' &&
  body !== null &&
  (body as { params?: { _meta?: { progressToken?: unknown } } }).params?._meta
    ?.progressToken !== undefined;

// Logs an unexpected error with its cause and the request id, which it
// returns for the client's reply.
const logUnexpected = (error: unknown): string => {
  const requestId = requestInfo()?.requestId ?? 'none';

  logger.error({
    msg: 'MCP request failed',
    requestId,
    errorClass: error instanceof Error ? error.name : typeof error,
    cause: describeError(error),
  });

  return requestId;
};
