import { Logger } from '@nestjs/common';
import {
  type AuthInfo,
  isJsonContentType,
  isLegacyRequest,
  legacyStatelessFallback,
  readRequestBody,
  type Server,
  WebStandardStreamableHTTPServerTransport,
} from '@modelcontextprotocol/server';

import { TwentyMcpException } from '../../domain/exceptions/twenty-mcp.exception';
import { TwentyMcpExceptionCode } from '../../domain/exceptions/twenty-mcp-exception-code.enum';
import { type CredentialAuthenticator } from '../../services/credentials/types/credential-authenticator.type';
import { type RecordsPort } from '../../ports/records.port';
import { type PromptsProvider } from '../../prompts/services/prompts.provider';
import { type ResourcesProvider } from '../../resources/services/resources.provider';
import { type WorkspaceContextService } from '../../services/workspace-context/services/workspace-context.service';
import { MCP_HTTP_LIMITS } from '../constants/mcp-http-limits.const';
import { type McpEndpointConfig } from '../types/mcp-endpoint-config.type';
import { type AuthFailureLimiter } from '../../services/auth-failures/auth-failure-limiter.service';
import { buildProtectedResourceMetadata } from '../utils/build-protected-resource-metadata.util';
import { buildWwwAuthenticate } from '../utils/build-www-authenticate.util';
import { isAllowedHost } from '../utils/is-allowed-host.util';
import { isAllowedOrigin } from '../utils/is-allowed-origin.util';
import { jsonRpcErrorResponse } from '../utils/json-rpc-error-response.util';
import { buildMcpServer, type McpRequestState } from './mcp-server-factory';
import { type ListChangedNotifier } from './list-changed-notifier';

const logger = new Logger('TwentyMcp');

type ServerFactoryContext = { authInfo?: AuthInfo };

// The MCP endpoint as a web-standard handler: `fetch(Request) → Response`,
// so the same code serves inside Twenty (Nest/Express) and standalone. It
// serves both protocol eras on one path: 2026-07-28 through the SDK's
// handler, 2025-11-25 statelessly, with JSON replies unless progress has to
// be streamed.
export class McpHttpHandler {
  private readonly legacySse: ReturnType<typeof legacyStatelessFallback>;

  constructor(
    private readonly config: McpEndpointConfig,
    private readonly credentials: CredentialAuthenticator,
    private readonly contexts: WorkspaceContextService,
    private readonly records: RecordsPort,
    private readonly resources: ResourcesProvider,
    private readonly prompts: PromptsProvider,
    private readonly notifier: ListChangedNotifier,
    private readonly authFailures: AuthFailureLimiter,
  ) {
    this.legacySse = legacyStatelessFallback(this.serverFactory, this.onError);
  }

  readonly serverFactory = (ctx: ServerFactoryContext): Server => {
    const state = ctx.authInfo?.extra?.state as McpRequestState | undefined;

    if (!state) {
      // Unreachable: every request is authenticated before an era handler runs.
      throw new Error(
        'MCP server requested without an authenticated request state',
      );
    }

    return buildMcpServer(state, {
      resources: this.resources,
      prompts: this.prompts,
    });
  };

  async fetch(
    request: Request,
    // clientAddress: the peer's address as the host framework sees it
    // (Express's req.ip), for limiting failed authentications.
    options: { parsedBody?: unknown; clientAddress?: string } = {},
  ): Promise<Response> {
    const url = new URL(request.url);

    if (!isAllowedHost(request.headers.get('host'), this.config.allowedHosts)) {
      return jsonRpcErrorResponse(
        403,
        -32000,
        'Forbidden: this Host is not served (DNS rebinding protection).',
      );
    }

    if (
      !isAllowedOrigin(
        request.headers.get('origin'),
        this.config.allowedOrigins,
      )
    ) {
      return jsonRpcErrorResponse(
        403,
        -32000,
        'Forbidden: requests from this Origin are not allowed.',
      );
    }

    if (this.isResourceMetadataPath(url.pathname)) {
      return Response.json(
        buildProtectedResourceMetadata({
          resource: this.config.resourceUrl,
          authorizationServers: this.config.authorizationServers,
          scopesSupported: this.config.scopesSupported,
          resourceName: this.config.resourceName,
        }),
        { headers: { 'cache-control': 'public, max-age=3600' } },
      );
    }

    if (url.pathname !== this.config.path) {
      return jsonRpcErrorResponse(
        404,
        -32000,
        `Not found: the MCP endpoint is ${this.config.path}.`,
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
      const context = await this.contexts.resolve(authenticated);

      state = {
        principal: authenticated,
        context,
        records: this.records,
        access: {
          workspace: context.workspace,
          permissions: context.permissions,
          actor: {
            name: authenticated.name,
            workspaceMemberId: authenticated.workspaceMemberId,
          },
        },
      };
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
          -32600,
          'Request body too large (4 MiB at most).',
        );
      }

      try {
        body = JSON.parse(read.text);
      } catch {
        return jsonRpcErrorResponse(
          400,
          -32700,
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

  private async authenticate(request: Request, clientAddress: string) {
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
        -32000,
        `Too many failed authentication attempts from this address; retry in ${retryAfter} s.`,
      );

      response.headers.set('retry-after', String(retryAfter));

      return response;
    }

    try {
      return await this.credentials.authenticate(token);
    } catch (error) {
      if (
        error instanceof TwentyMcpException &&
        error.code === TwentyMcpExceptionCode.UNAUTHENTICATED
      ) {
        await this.authFailures.recordFailure(clientAddress);
        logger.log(
          `refused a credential: ${String(error.details?.reason ?? error.message)}`,
        );

        return this.challenge(401, 'invalid_token', error.message);
      }

      // RFC 6750 §3.1: a valid token lacking a scope; the client may step up.
      if (
        error instanceof TwentyMcpException &&
        error.code === TwentyMcpExceptionCode.INSUFFICIENT_SCOPE
      ) {
        return this.challenge(
          403,
          'insufficient_scope',
          error.message,
          String(error.details?.scope ?? ''),
        );
      }

      return this.failure(error);
    }
  }

  private challenge(
    status: 401 | 403,
    error?: 'invalid_token' | 'invalid_request' | 'insufficient_scope',
    description?: string,
    // Default: every scope the authorization servers may grant, if any.
    scope = this.config.scopesSupported.join(' '),
  ): Response {
    const response = jsonRpcErrorResponse(
      status,
      -32001,
      description ??
        'Authentication required: send an MCP token or a Twenty API key as "Authorization: Bearer <token>".',
    );

    response.headers.set(
      'www-authenticate',
      buildWwwAuthenticate({
        resourceMetadataUrl: this.config.resourceMetadataUrl,
        error,
        errorDescription: description,
        scope: scope || undefined,
      }),
    );

    return response;
  }

  private failure(error: unknown): Response {
    if (error instanceof TwentyMcpException) {
      const status =
        error.code === TwentyMcpExceptionCode.WORKSPACE_UNAVAILABLE ? 403 : 400;

      return jsonRpcErrorResponse(status, -32000, error.message);
    }

    this.onError(error);

    return jsonRpcErrorResponse(500, -32603, 'Internal error.');
  }

  private isResourceMetadataPath(pathname: string): boolean {
    return (
      pathname === '/.well-known/oauth-protected-resource' ||
      pathname === `/.well-known/oauth-protected-resource${this.config.path}`
    );
  }

  private readonly onError = (error: unknown) =>
    logger.error(
      error instanceof Error ? (error.stack ?? error.message) : String(error),
    );
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
