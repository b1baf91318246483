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
import { type TwentyMcpConfig } from '../../config/types/twenty-mcp-config.type';
import { TwentyMcpExceptionCode } from '../../domain/exceptions/twenty-mcp-exception-code.enum';
import { isTwentyMcpException } from '../../domain/exceptions/utils/is-twenty-mcp-exception.util';
import { type Principal } from '../../domain/principal/types/principal.type';
import { AuthFailureLimiter } from '../../services/auth-failures/auth-failure-limiter.service';
import { CredentialResolver } from '../../services/credentials/credential-resolver.service';
import { RecordsService } from '../../services/records/records.service';
import { WorkspaceContextService } from '../../services/workspace-context/workspace-context.service';
import { ToolSetService } from '../../tools/services/tool-set.service';
import { JSON_RPC_ERROR_CODE } from '../constants/json-rpc-error-code.const';
import { MCP_HTTP_LIMITS } from '../constants/mcp-http-limits.const';
import { type McpRequestState } from '../types/mcp-request-state.type';
import { buildProtectedResourceMetadata } from '../utils/build-protected-resource-metadata.util';
import { buildWwwAuthenticate } from '../utils/build-www-authenticate.util';
import { describeError } from '../../domain/exceptions/utils/describe-error.util';
import { isAllowedHost } from '../utils/is-allowed-host.util';
import { isAllowedOrigin } from '../utils/is-allowed-origin.util';
import { jsonRpcErrorResponse } from '../utils/json-rpc-error-response.util';
import { twentyMcpExceptionToHttp } from '../utils/twenty-mcp-exception-to-http.util';
import { ListChangedNotifier } from './list-changed-notifier.service';
import { McpServerFactory } from './mcp-server-factory.service';
import { internalError } from '../../domain/exceptions/utils/internal-error.util';

const logger = new Logger('TwentyMcp');

type ServerFactoryContext = { authInfo?: AuthInfo };

// The MCP endpoint as a web-standard handler: `fetch(Request) → Response`,
// so the same code serves inside Twenty (Nest/Express) and standalone. It
// serves both protocol eras on one path: 2026-07-28 through the SDK's
// handler, 2025-11-25 statelessly, with JSON replies unless progress has to
// be streamed.
@Injectable()
export class McpHttpHandler {
  private readonly endpoint: McpEndpointConfig;
  private readonly legacySse: ReturnType<typeof legacyStatelessFallback>;

  constructor(
    @Inject(TWENTY_MCP_CONFIG) config: TwentyMcpConfig,
    private readonly credentials: CredentialResolver,
    private readonly contexts: WorkspaceContextService,
    private readonly toolSets: ToolSetService,
    private readonly records: RecordsService,
    private readonly servers: McpServerFactory,
    private readonly notifier: ListChangedNotifier,
    private readonly authFailures: AuthFailureLimiter,
  ) {
    this.endpoint = config.endpoint;
    this.legacySse = legacyStatelessFallback(this.serverFactory, (error) =>
      logger.error(describeError(error)),
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
      return jsonRpcErrorResponse(
        403,
        JSON_RPC_ERROR_CODE.SERVER_ERROR,
        'Forbidden: this Host is not served (DNS rebinding protection).',
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
      return this.failure(error);
    }

    const authInfo: AuthInfo = {
      token: '',
      clientId: authenticated.credentialId,
      scopes: [...authenticated.scopes],
      extra: { state },
    };

    return this.dispatch(request, state, authInfo, options.parsedBody);
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
        },
      },
      records: this.records,
      toolSet: this.toolSets.getToolSet(context),
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
      return version && version >= '2026-07-28'
        ? modern.fetch(request, { authInfo })
        : this.notifier.openLegacyStream(
            workspaceId,
            request,
            this.serverFactory({ authInfo }),
            authInfo,
          );
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

    if (!(await isLegacyRequest(request, body))) {
      const response = await modern.fetch(request, {
        authInfo,
        parsedBody: body,
      });

      return isListen(body)
        ? this.notifier.trackModernListen(workspaceId, response)
        : response;
    }

    return wantsProgress(body)
      ? this.legacySse(request, { authInfo, parsedBody: body })
      : this.legacyJson(request, authInfo, body);
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

    await server.connect(transport);

    try {
      return await transport.handleRequest(request, { authInfo, parsedBody });
    } finally {
      void transport.close();
      void server.close();
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

    const retryAfter = await this.authFailures.retryAfterSeconds(clientAddress);

    if (retryAfter !== null) {
      const response = jsonRpcErrorResponse(
        429,
        JSON_RPC_ERROR_CODE.SERVER_ERROR,
        `Too many failed authentication attempts from this address; retry in ${retryAfter} s.`,
      );

      response.headers.set('retry-after', String(retryAfter));

      return response;
    }

    try {
      return await this.credentials.authenticate(token);
    } catch (error) {
      if (!isTwentyMcpException(error)) {
        return this.failure(error);
      }

      switch (error.code) {
        case TwentyMcpExceptionCode.UNAUTHENTICATED:
          await this.authFailures.recordFailure(clientAddress);
          logger.log(
            `refused a credential: ${String(error.details?.reason ?? error.message)}`,
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
    // Default: every scope the authorization servers may grant, if any.
    scope = this.endpoint.scopesSupported.join(' '),
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

  private failure(error: unknown): Response {
    if (!isTwentyMcpException(error)) {
      logger.error(describeError(error));

      return jsonRpcErrorResponse(
        500,
        JSON_RPC_ERROR_CODE.INTERNAL_ERROR,
        'Internal error.',
      );
    }

    const { status, code, message } = twentyMcpExceptionToHttp(error);

    if (status >= 500) {
      logger.error(describeError(error));
    }

    return jsonRpcErrorResponse(status, code, message);
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

const isListen = (body: unknown) =>
  typeof body === 'object' &&
  body !== null &&
  (body as { method?: unknown }).method === 'subscriptions/listen';

const wantsProgress = (body: unknown) =>
  typeof body === 'object' &&
  body !== null &&
  (body as { params?: { _meta?: { progressToken?: unknown } } }).params?._meta
    ?.progressToken !== undefined;
