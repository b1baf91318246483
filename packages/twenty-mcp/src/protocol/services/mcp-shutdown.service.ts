import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';

import { TWENTY_MCP_NOTIFIER } from '../../config/constants/twenty-mcp-tokens.const';
import { type ListChangedNotifier } from './list-changed-notifier';

// Closes open notification streams and stops change polling with the app.
@Injectable()
export class McpShutdownService implements OnApplicationShutdown {
  constructor(
    @Inject(TWENTY_MCP_NOTIFIER) private readonly notifier: ListChangedNotifier,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.notifier.close();
  }
}
