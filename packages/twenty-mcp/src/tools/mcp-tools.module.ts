import { type DynamicModule, Module } from '@nestjs/common';

import { ToolSetService } from './services/tool-set.service';

// Tools derived from each workspace's metadata and the caller's access.
@Module({})
export class McpToolsModule {
  static register(config: DynamicModule): DynamicModule {
    return {
      module: McpToolsModule,
      imports: [config],
      providers: [ToolSetService],
      exports: [ToolSetService],
    };
  }
}
