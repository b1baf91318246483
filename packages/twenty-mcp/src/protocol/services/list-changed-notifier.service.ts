import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
} from '@nestjs/common';
import {
  type AuthInfo,
  createMcpHandler,
  type McpHttpHandler,
  type Server,
  WebStandardStreamableHTTPServerTransport,
} from '@modelcontextprotocol/server';

import { TWENTY_MCP_CONFIG } from '../../config/constants/twenty-mcp-config.token';
import { type TwentyMcpConfig } from '../../config/types/twenty-mcp-config.type';
import { WorkspaceChangesService } from '../../services/workspace-changes/workspace-changes.service';
import { WorkspaceContextService } from '../../services/workspace-context/workspace-context.service';

type ServerFactory = (ctx: { authInfo?: AuthInfo }) => Server;

const logger = new Logger('TwentyMcp');

// Tells connected clients that their lists changed when a workspace's model
// or roles change. Each workspace has its own SDK handler (2026 clients
// listen through `subscriptions/listen`) and its own set of open GET streams
// (2025 clients), so a change in one workspace never reaches another. Only
// workspaces with a listener are polled for changes; a change made through
// the settings API is announced at once.
@Injectable()
export class ListChangedNotifier implements BeforeApplicationShutdown {
  private readonly handlers = new Map<string, McpHttpHandler>();
  private readonly legacyStreams = new Map<string, Set<Server>>();
  private readonly modernListens = new Map<string, number>();
  private readonly lastKeys = new Map<string, string>();
  private timer: NodeJS.Timeout | null = null;

  private readonly pollIntervalMs: number;
  private readonly unsubscribe: () => void;

  constructor(
    // The workspace's cache key as it is now (model, roles, MCP settings).
    private readonly contexts: WorkspaceContextService,
    changes: WorkspaceChangesService,
    @Inject(TWENTY_MCP_CONFIG) config: TwentyMcpConfig,
  ) {
    this.pollIntervalMs = config.listChangedPollIntervalMs;
    this.unsubscribe = changes.onChange((workspaceId) =>
      this.checkNow(workspaceId),
    );
  }

  // Closes open notification streams and stops polling before the HTTP
  // server closes: a server waits for open streams, so they end first.
  beforeApplicationShutdown(): Promise<void> {
    return this.close();
  }

  modernHandlerFor(
    workspaceId: string,
    factory: ServerFactory,
  ): McpHttpHandler {
    let handler = this.handlers.get(workspaceId);

    if (!handler) {
      handler = createMcpHandler(factory, {
        legacy: 'reject',
        onerror: (error: unknown) =>
          logger.error(error instanceof Error ? error.message : String(error)),
      });
      this.handlers.set(workspaceId, handler);
    }

    return handler;
  }

  // A 2025-era client's GET: a session-less SSE stream kept open for
  // notifications only. `release` gives back the credential's stream slot
  // once the stream ends (or at once when none opens).
  async openLegacyStream(
    workspaceId: string,
    request: Request,
    server: Server,
    authInfo: AuthInfo,
    release: () => void,
  ): Promise<Response> {
    const transport = new WebStandardStreamableHTTPServerTransport({
      sessionIdGenerator: undefined,
    });

    await server.connect(transport);

    const response = await transport.handleRequest(request, { authInfo });

    if (
      !(response.headers.get('content-type') ?? '').startsWith(
        'text/event-stream',
      ) ||
      !response.body
    ) {
      release();
      void transport.close();
      void server.close();

      return response;
    }

    const streams = this.legacyStreams.get(workspaceId) ?? new Set<Server>();
    const close = () => {
      release();
      streams.delete(server);
      void transport.close();
      void server.close();
    };

    streams.add(server);
    this.legacyStreams.set(workspaceId, streams);
    this.watch(workspaceId);

    if (request.signal.aborted) {
      close();
    } else {
      request.signal.addEventListener('abort', close, { once: true });
    }

    // Node sends headers with the first body chunk; an idle stream would
    // leave the client waiting, so open with a comment.
    const primed = response.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        start: (controller) =>
          controller.enqueue(new TextEncoder().encode(': stream open\n\n')),
      }),
    );

    return new Response(primed, {
      status: response.status,
      headers: response.headers,
    });
  }

  // Counts a 2026-era `subscriptions/listen` stream while it is open;
  // `releaseSlot` gives back the credential's stream slot when it ends.
  trackModernListen(
    workspaceId: string,
    response: Response,
    releaseSlot: () => void,
  ): Response {
    if (!response.body) {
      releaseSlot();

      return response;
    }

    const reader = response.body.getReader();
    let released = false;
    const release = () => {
      if (!released) {
        released = true;
        releaseSlot();
        this.modernListens.set(
          workspaceId,
          (this.modernListens.get(workspaceId) ?? 1) - 1,
        );
      }
    };

    this.modernListens.set(
      workspaceId,
      (this.modernListens.get(workspaceId) ?? 0) + 1,
    );
    this.watch(workspaceId);

    const body = new ReadableStream<Uint8Array>({
      pull: async (controller) => {
        try {
          const { done, value } = await reader.read();

          if (done) {
            release();
            controller.close();
          } else {
            controller.enqueue(value);
          }
        } catch (error) {
          release();
          controller.error(error);
        }
      },
      cancel: (reason) => {
        release();

        return reader.cancel(reason);
      },
    });

    return new Response(body, {
      status: response.status,
      headers: response.headers,
    });
  }

  notify(workspaceId: string): void {
    const handler = this.handlers.get(workspaceId);

    handler?.notify.toolsChanged();
    handler?.notify.promptsChanged();
    handler?.notify.resourcesChanged();

    for (const server of this.legacyStreams.get(workspaceId) ?? []) {
      void Promise.all([
        server.sendToolListChanged(),
        server.sendPromptListChanged(),
        server.sendResourceListChanged(),
      ]).catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    this.unsubscribe();

    if (this.timer) {
      clearInterval(this.timer);
      this.timer = null;
    }

    for (const streams of this.legacyStreams.values()) {
      for (const server of streams) {
        void server.close();
      }
    }

    await Promise.all(
      [...this.handlers.values()].map((handler) => handler.close()),
    );
  }

  private watch(workspaceId: string): void {
    if (!this.lastKeys.has(workspaceId)) {
      void this.contexts
        .currentKey(workspaceId)
        .then((key) => this.lastKeys.set(workspaceId, key))
        .catch(() => undefined);
    }

    if (!this.timer) {
      this.timer = setInterval(() => void this.poll(), this.pollIntervalMs);
      this.timer.unref();
    }
  }

  // After a change made in this process (the settings API): listeners hear
  // of it now rather than at the next poll.
  async checkNow(workspaceId: string): Promise<void> {
    const lastKey = this.lastKeys.get(workspaceId);

    if (lastKey === undefined) {
      return;
    }

    const key = await this.contexts.currentKey(workspaceId);

    if (key !== lastKey) {
      this.lastKeys.set(workspaceId, key);
      this.notify(workspaceId);
    }
  }

  private async poll(): Promise<void> {
    for (const [workspaceId, lastKey] of this.lastKeys) {
      const listening =
        (this.legacyStreams.get(workspaceId)?.size ?? 0) +
        (this.modernListens.get(workspaceId) ?? 0);

      if (listening === 0) {
        this.lastKeys.delete(workspaceId);
        continue;
      }

      try {
        const key = await this.contexts.currentKey(workspaceId);

        if (key !== lastKey) {
          this.lastKeys.set(workspaceId, key);
          this.notify(workspaceId);
        }
      } catch (error) {
        logger.warn(
          `could not check workspace ${workspaceId} for changes: ${String(error)}`,
        );
      }
    }
  }
}
