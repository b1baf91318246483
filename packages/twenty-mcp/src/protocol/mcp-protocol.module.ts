import {
  type DynamicModule,
  Inject,
  type MiddlewareConsumer,
  Module,
  type NestModule,
  RequestMethod,
} from '@nestjs/common';

import { TWENTY_MCP_CONFIG } from '../config/constants/twenty-mcp-config.token';
import { type TwentyMcpConfig } from '../config/types/twenty-mcp-config.type';
import { PromptsProvider } from '../prompts/services/prompts.provider';
import { ResourcesProvider } from '../resources/services/resources.provider';
import { McpHttpMiddleware } from './middlewares/mcp-http.middleware';
import { CredentialSlots } from './services/credential-slots.service';
import { ListChangedNotifier } from './services/list-changed-notifier.service';
import { McpHttpHandler } from './services/mcp-http-handler.service';
import { McpServerFactory } from './services/mcp-server-factory.service';

// The MCP endpoint (both protocol eras on one path) and its RFC 9728
// metadata, mounted only when the instance switch is on.
@Module({})
export class McpProtocolModule implements NestModule {
  constructor(
    @Inject(TWENTY_MCP_CONFIG) private readonly config: TwentyMcpConfig,
  ) {}

  static register({
    config,
    services,
    tools,
  }: {
    config: DynamicModule;
    services: DynamicModule;
    tools: DynamicModule;
  }): DynamicModule {
    return {
      module: McpProtocolModule,
      imports: [config, services, tools],
      providers: [
        ResourcesProvider,
        PromptsProvider,
        CredentialSlots,
        McpServerFactory,
        ListChangedNotifier,
        McpHttpHandler,
        McpHttpMiddleware,
      ],
      exports: [McpHttpHandler],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    const { enabled, endpoint } = this.config;

    // The instance switch: off, the endpoint and its metadata do not exist.
    if (!enabled) {
      return;
    }

    consumer.apply(McpHttpMiddleware).forRoutes(
      { path: endpoint.path, method: RequestMethod.ALL },
      {
        path: `/.well-known/oauth-protected-resource${endpoint.path}`,
        method: RequestMethod.GET,
      },
      ...(endpoint.serveRootResourceMetadata
        ? [
            {
              path: '/.well-known/oauth-protected-resource',
              method: RequestMethod.GET,
            },
          ]
        : []),
    );
  }
}
