import { type DynamicModule, Module } from '@nestjs/common';
import {
  TwentyMcpModule,
  type TwentyMcpModuleOptions,
} from '@twenty-mcp/twenty-mcp';

import { HealthController } from './health.controller';

// The standalone host: the twenty-mcp module and a health check, nothing else.
@Module({})
export class ServerModule {
  static register(options: TwentyMcpModuleOptions): DynamicModule {
    return {
      module: ServerModule,
      imports: [TwentyMcpModule.forRoot(options)],
      controllers: [HealthController],
    };
  }
}
