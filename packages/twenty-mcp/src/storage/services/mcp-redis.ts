import { type OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';

// The optional Redis connection (REDIS_URL, as Twenty names it), for state
// several instances must share. Null without a URL: in-process fallbacks.
export class McpRedis implements OnApplicationShutdown {
  readonly client: Redis | null;

  constructor(url: string | undefined) {
    this.client = url
      ? new Redis(url, {
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
