import { type DynamicModule, Module } from '@nestjs/common';
import {
  TwentyMcpModule,
  type TwentyMcpModuleOptions,
} from '@twenty-mcp/twenty-mcp';
import { LoggerModule } from 'nestjs-pino';
import { type DestinationStream } from 'pino';

import { type LogLevel } from './config/log-level.type';
import { HealthController } from './health.controller';
import { buildPinoHttpOptions } from './logging/build-pino-http-options.util';
import { MetricsController } from './metrics.controller';

export type ServerLogging = {
  level: LogLevel;
  // Default: standard output. Tests pass a stream they read.
  destination?: DestinationStream;
};

// The standalone host: the twenty-mcp module, JSON logs (pino), probes and
// metrics, nothing else.
@Module({})
export class ServerModule {
  static register(
    options: TwentyMcpModuleOptions,
    logging: ServerLogging | null = null,
  ): DynamicModule {
    const pinoHttp = logging
      ? buildPinoHttpOptions({
          level: logging.level,
          mcpPath: options.path ?? '/mcp',
        })
      : null;

    return {
      module: ServerModule,
      imports: [
        ...(pinoHttp
          ? [
              LoggerModule.forRoot({
                pinoHttp: logging?.destination
                  ? [pinoHttp, logging.destination]
                  : pinoHttp,
              }),
            ]
          : []),
        TwentyMcpModule.forRoot(options),
      ],
      controllers: [HealthController, MetricsController],
    };
  }
}
