import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';

import { TWENTY_MCP_CONFIG } from '../../config/constants/twenty-mcp-config.token';
import { type TwentyMcpConfig } from '../../config/types/twenty-mcp-config.type';

// The optional Redis connection (REDIS_URL, as Twenty names it), for state
// several instances must share. Null without a URL: in-process fallbacks.
@Injectable()
export class McpRedis implements OnApplicationShutdown {
  readonly client: Redis | null;

  constructor(@Inject(TWENTY_MCP_CONFIG) { redisUrl }: TwentyMcpConfig) {
    this.client = redisUrl
      ? new Redis(redisUrl, {
          // Fail fast and let callers fall back rather than queue commands
          // while Redis is away.
          enableOfflineQueue: false,
          maxRetriesPerRequest: 1,
        })
      : null;
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.client && this.client.status !== 'end') {
      await this.client.quit().catch(() => this.client?.disconnect());
    }
  }
}
