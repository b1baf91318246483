import { Injectable, Logger } from '@nestjs/common';
import {
  ProtocolError,
  ProtocolErrorCode,
  Server,
  type ServerContext,
} from '@modelcontextprotocol/server';

import { PromptsProvider } from '../../prompts/services/prompts.provider';
import { ResourcesProvider } from '../../resources/services/resources.provider';
import { type ToolCallContext } from '../../tools/types/tool-call-context.type';
import { MCP_CACHE_HINTS } from '../constants/mcp-cache-hints.const';
import { MCP_SERVER_INFO } from '../constants/mcp-server-info.const';
import { type McpRequestState } from '../types/mcp-request-state.type';
import { buildServerInstructions } from '../utils/build-server-instructions.util';
import { describeError } from '../../domain/exceptions/utils/describe-error.util';
import { toToolErrorMessage } from '../utils/to-tool-error-message.util';
import { toToolErrorResult } from '../utils/to-tool-error-result.util';

const logger = new Logger('TwentyMcp');

const MAX_COMPLETION_VALUES = 100;

// Builds the low-level MCP server for one request. Everything it lists was
// built and compiled once per (workspace model, access): a server is cheap.
@Injectable()
export class McpServerFactory {
  constructor(
    private readonly resources: ResourcesProvider,
    private readonly prompts: PromptsProvider,
  ) {}

  create(state: McpRequestState): Server {
    const server = new Server(MCP_SERVER_INFO, {
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
      this.callTool(state, request.params, ctx),
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

    const progressToken = ctx.mcpReq._meta?.progressToken;
    const callContext: ToolCallContext = {
      principal: state.principal,
      access: state.access,
      records: state.records,
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
      const outputError = tool.validateOutput(result.structuredContent);

      if (outputError) {
        logger.error(
          `${name} produced a result that breaks its outputSchema: ${outputError}`,
        );

        return toToolErrorResult(
          `The server produced an invalid result for ${name}; this is a bug in the server, not in your arguments.`,
        );
      }

      return {
        content: [
          {
            type: 'text' as const,
            text: JSON.stringify(result.structuredContent),
          },
          ...(result.links ?? []).map((link) => ({
            type: 'resource_link' as const,
            mimeType: 'application/json',
            ...link,
          })),
        ],
        structuredContent: result.structuredContent,
      };
    } catch (error) {
      const { message, isInternal } = toToolErrorMessage(error);

      if (isInternal) {
        logger.error(`${name} failed: ${describeError(error)}`);
      }

      return toToolErrorResult(message);
    }
  }
}
