import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  ProtocolError,
  ProtocolErrorCode,
  type Server,
  type ServerContext,
} from '@modelcontextprotocol/server';

import { PromptsProvider } from '../../prompts/services/prompts.provider';
import { ResourcesProvider } from '../../resources/services/resources.provider';
import { type ToolCallContext } from '../../tools/types/tool-call-context.type';
import { renderFencedResult } from '../../tools/fence/utils/render-fenced-result.util';
import { MCP_CACHE_HINTS } from '../constants/mcp-cache-hints.const';
import { MCP_SERVER_INFO } from '../constants/mcp-server-info.const';
import { type McpRequestState } from '../types/mcp-request-state.type';
import { buildServerInstructions } from '../utils/build-server-instructions.util';
import { createMcpServer } from '../utils/create-mcp-server.util';
import { describeError } from '../../domain/exceptions/utils/describe-error.util';
import { toToolElicitation } from '../utils/to-tool-elicitation.util';
import { toToolErrorMessage } from '../utils/to-tool-error-message.util';
import { toToolErrorResult } from '../utils/to-tool-error-result.util';
import { McpMetricsService } from '../../services/metrics/mcp-metrics.service';
import { MCP_HTTP_REQUEST_STORAGE } from '../constants/mcp-http-request-storage.const';
import { createLogThrottle } from '../utils/create-log-throttle.util';
import { summarizeToolCall } from '../utils/summarize-tool-call.util';
import { buildToolCallAuditEvent } from '../utils/build-tool-call-audit-event.util';
import { AuditTrailService } from '../../services/audit/audit-trail.service';
import {
  attachToolErrorCause,
  toolErrorCauseOf,
} from '../utils/tool-error-cause.util';
import { CredentialSlots } from './credential-slots.service';
import { TWENTY_MCP_CONFIG } from '../../config/constants/twenty-mcp-config.token';
import { type TwentyMcpConfig } from '../../config/types/twenty-mcp-config.type';
import { limitExceeded } from '../../domain/exceptions/utils/limit-exceeded.util';
import { formatMebibytes } from '../utils/format-mebibytes.util';
import { CallLimiter } from '../../services/call-limits/call-limiter.service';
import { DatabaseBreakerService } from '../../services/database-breaker/database-breaker.service';
import { callTierOf } from '../../services/call-limits/utils/call-tier-of.util';
import { toCallLimitedResult } from '../utils/to-call-limited-result.util';

const logger = new Logger('TwentyMcp');

// Tool errors caused by the caller are logged throttled per credential and
// tool: a model retrying a bad call must not flood the log.
const clientErrors = createLogThrottle();

const MAX_COMPLETION_VALUES = 100;

// Builds the low-level MCP server for one request. Everything it lists was
// built and compiled once per (workspace model, access): a server is cheap.
@Injectable()
export class McpServerFactory {
  private readonly maxResponseBytes: number;

  constructor(
    private readonly resources: ResourcesProvider,
    private readonly prompts: PromptsProvider,
    private readonly slots: CredentialSlots,
    private readonly metrics: McpMetricsService,
    private readonly callLimits: CallLimiter,
    private readonly audit: AuditTrailService,
    private readonly breaker: DatabaseBreakerService,
    @Inject(TWENTY_MCP_CONFIG) config: TwentyMcpConfig,
  ) {
    this.maxResponseBytes = config.limits.maxResponseBytes;
  }

  create(state: McpRequestState): Server {
    const server = createMcpServer(MCP_SERVER_INFO, {
      capabilities: {
        tools: { listChanged: true },
        resources: { listChanged: true },
        prompts: { listChanged: true },
        completions: {},
      },
      instructions: buildServerInstructions(state),
      cacheHints: MCP_CACHE_HINTS,
    });

    server.setRequestHandler('tools/list', () => state.toolSet.listResult);
    server.setRequestHandler('tools/call', (request, ctx) =>
      this.observeToolCall(
        state,
        request.params,
        // 2026 era: from the request's envelope; 2025 era (stateless): none.
        server.getClientVersion(),
        () => this.callTool(state, request.params, ctx),
      ),
    );
    this.resources.register(server, state);
    this.prompts.register(server, state);
    server.setRequestHandler('completion/complete', async (request) => {
      const { ref, argument } = request.params;

      try {
        const values =
          ref.type === 'ref/prompt'
            ? await this.prompts.complete(state, ref.name, argument)
            : await this.resources.complete(
                state,
                argument,
                request.params.context?.arguments ?? {},
              );

        return {
          completion: {
            values: values.slice(0, MAX_COMPLETION_VALUES),
            total: values.length,
            hasMore: values.length > MAX_COMPLETION_VALUES,
          },
        };
      } catch (error) {
        // A completion is a convenience: never fail the client over it.
        logger.warn(
          `completion failed: ${error instanceof Error ? error.message : String(error)}`,
        );

        return { completion: { values: [] } };
      }
    });

    return server;
  }

  private async callTool(
    state: McpRequestState,
    { name, arguments: args = {} }: { name: string; arguments?: unknown },
    ctx: ServerContext,
  ) {
    const tool = state.toolSet.byName.get(name);

    // A tool this credential cannot see is a protocol error, as for the SDK.
    if (!tool) {
      throw new ProtocolError(
        ProtocolErrorCode.InvalidParams,
        `Unknown tool "${name}". Call tools/list for the tools available to this credential.`,
      );
    }

    const parsed = tool.parseInput(args);

    if (!parsed.success) {
      return toToolErrorResult(
        `Invalid arguments for ${name}: ${parsed.error}`,
      );
    }

    const release = this.slots.tryAcquire(
      'toolCall',
      state.principal.credentialId,
    );

    if (!release) {
      return toToolErrorResult(
        `This credential already has ${this.slots.limit('toolCall')} tool calls running, the most it may run at once; retry when one has finished.`,
      );
    }

    const limited = await this.callLimits.take(
      state.principal,
      callTierOf(tool.annotations),
      state.callLimits,
    );

    if (limited) {
      release();

      return toCallLimitedResult(limited);
    }

    const progressToken = ctx.mcpReq._meta?.progressToken;
    const callContext: ToolCallContext = {
      principal: state.principal,
      // Aborted when the client goes away: the running query is cancelled.
      access: { ...state.access, signal: ctx.mcpReq.signal },
      records: state.records,
      confirmations: state.confirmations,
      elicitation: toToolElicitation(ctx),
      signal: ctx.mcpReq.signal,
      reportProgress: async (progress, total, message) => {
        if (progressToken !== undefined) {
          await ctx.mcpReq.notify({
            method: 'notifications/progress',
            params: { progressToken, progress, total, message },
          });
        }
      },
    };

    try {
      const result = await tool.handler(parsed.data, callContext);

      // Asking the user first (two-phase tools): answered as it is.
      if ('inputRequired' in result) {
        return result.inputRequired;
      }
      const outputError = tool.validateOutput(result.structuredContent);

      if (outputError) {
        return attachToolErrorCause(
          toToolErrorResult(
            `The server produced an invalid result for ${name}; this is a bug in the server, not in your arguments.`,
          ),
          {
            errorClass: 'OutputSchemaViolation',
            internal: true,
            cause: `result breaks the outputSchema: ${outputError}`,
          },
        );
      }

      // Record text fenced as untrusted in what the model reads.
      const { text, notice, links } = renderFencedResult(result);
      // Sent twice: as text for older clients and as structuredContent
      // (the fenced text is the larger).
      const bytes = 2 * Buffer.byteLength(text);

      if (bytes > this.maxResponseBytes) {
        throw limitExceeded(
          `The result of ${name} is ${formatMebibytes(bytes)}, more than the ${formatMebibytes(this.maxResponseBytes)} this server answers with; ask for fewer records (limit), fewer fields or fewer expansions.`,
        );
      }

      return {
        content: [
          { type: 'text' as const, text },
          ...(notice ? [{ type: 'text' as const, text: notice }] : []),
          ...links.map((link) => ({
            type: 'resource_link' as const,
            mimeType: 'application/json',
            ...link,
          })),
        ],
        structuredContent: result.structuredContent,
      };
    } catch (error) {
      this.breaker.observe(error);

      const { message, isInternal } = toToolErrorMessage(
        this.breaker.toClientError(error),
      );
      const requestId = MCP_HTTP_REQUEST_STORAGE.getStore()?.requestId;

      // An internal failure is logged (by observeToolCall) with its cause;
      // the model reads only the request id to quote.
      return attachToolErrorCause(
        toToolErrorResult(
          isInternal && requestId
            ? `${message} Request id: ${requestId}.`
            : message,
        ),
        {
          errorClass: errorClassOf(error),
          internal: isInternal,
          ...(isInternal ? { cause: describeError(error) } : {}),
        },
      );
    } finally {
      release();
    }
  }

  // One log line and the metrics of every tool call: who (workspace,
  // credential kind and id, never the secret), what (tool, object, record
  // count), how long and how it ended.
  private async observeToolCall<T>(
    state: McpRequestState,
    params: { name: string; arguments?: unknown },
    client: { name?: string; version?: string } | undefined,
    run: () => Promise<T>,
  ): Promise<T> {
    const { name, arguments: args } = params;
    const startedAt = performance.now();
    let result: T | undefined;
    let thrown = false;

    try {
      result = await run();

      return result;
    } catch (error) {
      thrown = true;
      throw error;
    } finally {
      const durationMs = performance.now() - startedAt;
      const cause = toolErrorCauseOf(result);
      const isError =
        thrown || (result as { isError?: boolean } | undefined)?.isError;
      const outcome = !isError
        ? 'ok'
        : cause?.internal
          ? 'internal_error'
          : 'client_error';
      // A name the credential cannot call is the client's text: not a label.
      const tool = state.toolSet.byName.has(name) ? name : '(unknown)';

      this.metrics.recordToolCall(tool, outcome, durationMs / 1000);

      const line = {
        msg: 'tool call',
        requestId: MCP_HTTP_REQUEST_STORAGE.getStore()?.requestId,
        workspaceId: state.principal.workspaceId,
        principalKind: state.principal.kind,
        principalId: state.principal.credentialId,
        tool,
        ...summarizeToolCall(args, result),
        durationMs: Math.round(durationMs),
        outcome,
        ...(cause ? { errorClass: cause.errorClass } : {}),
        ...(cause?.cause ? { cause: cause.cause } : {}),
      };

      // The audit trail (docs/audit-trail.md): queued, never awaited.
      this.audit.record(
        buildToolCallAuditEvent({
          principal: state.principal,
          params,
          client,
          tool,
          object: line.object,
          result,
          outcome,
          errorClass: cause?.errorClass,
          durationMs,
          requestId: line.requestId,
        }),
        args ?? {},
      );

      if (outcome === 'ok') {
        logger.log(line);
      } else if (outcome === 'internal_error') {
        logger.error(line);
      } else {
        const { log, suppressed } = clientErrors.take(
          `${state.principal.credentialId}:${tool}`,
        );

        if (log) {
          logger.warn(suppressed > 0 ? { ...line, suppressed } : line);
        }
      }
    }
  }
}

const errorClassOf = (error: unknown): string =>
  error instanceof Error
    ? (error as { code?: unknown }).code !== undefined &&
      error.name === 'TwentyMcpException'
      ? `TwentyMcpException:${String((error as { code?: unknown }).code)}`
      : error.name
    : typeof error;
