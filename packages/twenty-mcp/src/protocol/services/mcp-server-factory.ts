import { Logger } from '@nestjs/common';
import {
  ProtocolError,
  ProtocolErrorCode,
  Server,
  type ServerContext,
} from '@modelcontextprotocol/server';

import { TwentyMcpException } from '../../domain/exceptions/twenty-mcp.exception';
import { TwentyMcpExceptionCode } from '../../domain/exceptions/twenty-mcp-exception-code.enum';
import { type RecordsPort } from '../../ports/records.port';
import { type Principal } from '../../domain/principal/types/principal.type';
import { type RecordsAccess } from '../../domain/records/types/records-access.type';
import { type PromptsProvider } from '../../prompts/services/prompts.provider';
import { type ResourcesProvider } from '../../resources/services/resources.provider';
import { type ToolCallContext } from '../../tools/types/tool-call-context.type';
import { type WorkspaceContext } from '../../services/workspace-context/types/workspace-context.type';
import { MCP_CACHE_HINTS } from '../constants/mcp-cache-hints.const';
import { MCP_SERVER_INFO } from '../constants/mcp-server-info.const';
import { buildServerInstructions } from '../utils/build-server-instructions.util';
import { toToolErrorResult } from '../utils/to-tool-error-result.util';

// What the HTTP layer resolved for one request before the MCP server runs.
export type McpRequestState = {
  principal: Principal;
  context: WorkspaceContext;
  records: RecordsPort;
  access: RecordsAccess;
};

const logger = new Logger('TwentyMcp');

const toolFailureMessage = (error: unknown): string => {
  if (
    error instanceof TwentyMcpException &&
    error.code !== TwentyMcpExceptionCode.UNAUTHENTICATED
  ) {
    return error.message;
  }

  logger.error(
    error instanceof Error ? (error.stack ?? error.message) : String(error),
  );

  // Writes run in a transaction, so a failure leaves nothing half done.
  return 'The server could not complete this call because of an internal error; nothing was changed. Retrying once is safe.';
};

// Builds the low-level MCP server for one request. Everything it lists was
// built and compiled once per (workspace model, role): a server is cheap.
export const buildMcpServer = (
  state: McpRequestState,
  providers: { resources: ResourcesProvider; prompts: PromptsProvider },
): Server => {
  const { principal, context, records, access } = state;
  const server = new Server(MCP_SERVER_INFO, {
    capabilities: {
      tools: { listChanged: true },
      resources: { listChanged: true },
      prompts: { listChanged: true },
      completions: {},
    },
    instructions: buildServerInstructions(context),
    cacheHints: MCP_CACHE_HINTS,
  });
  server.setRequestHandler('tools/list', () => context.toolSet.listResult);

  server.setRequestHandler(
    'tools/call',
    async (request, ctx: ServerContext) => {
      const { name, arguments: args = {} } = request.params;
      const tool = context.toolSet.byName.get(name);

      if (!tool) {
        throw new ProtocolError(
          ProtocolErrorCode.InvalidParams,
          `Unknown tool "${name}". Call tools/list for the tools available to this credential.`,
        );
      }

      const inputError = tool.validateInput(args);

      if (inputError) {
        return toToolErrorResult(
          `Invalid arguments for ${name}: ${inputError}`,
        );
      }

      const progressToken = ctx.mcpReq._meta?.progressToken;
      const callContext: ToolCallContext = {
        principal,
        workspace: context.workspace,
        permissions: context.permissions,
        records,
        access,
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
        const result = await tool.handler(args, callContext);
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
        return toToolErrorResult(toolFailureMessage(error));
      }
    },
  );

  providers.resources.register(server, state);
  providers.prompts.register(server, state);

  server.setRequestHandler('completion/complete', async (request) => {
    const { ref, argument } = request.params;

    try {
      const values =
        ref.type === 'ref/prompt'
          ? await providers.prompts.complete(state, ref.name, argument)
          : await providers.resources.complete(
              state,
              argument,
              request.params.context?.arguments ?? {},
            );

      return {
        completion: {
          values: values.slice(0, 100),
          total: values.length,
          hasMore: values.length > 100,
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
};
