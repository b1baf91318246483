import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';

import { McpAuditLog } from '../../storage/services/mcp-audit-log.service';

const PRUNE_INTERVAL_MS = 3_600_000;

// Prunes each workspace's audit rows older than its retention, hourly.
// Every instance runs it; the append lock makes the second one find
// nothing left to prune.
@Injectable()
export class AuditRetentionService
  implements OnApplicationBootstrap, OnApplicationShutdown
{
  private readonly logger = new Logger('TwentyMcp');
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly auditLog: McpAuditLog) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.pruneAll(), PRUNE_INTERVAL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) {
      clearInterval(this.timer);
    }
  }

  // The number of rows pruned over all workspaces.
  async pruneAll(now = new Date()): Promise<number> {
    let pruned = 0;

    try {
      for (const {
        workspaceId,
        retentionDays,
      } of await this.auditLog.listRetention()) {
        const count = await this.auditLog.prune(
          workspaceId,
          retentionDays,
          now,
        );

        if (count > 0) {
          this.logger.log({
            msg: 'audit rows pruned',
            workspaceId,
            count,
            retentionDays,
          });
        }

        pruned += count;
      }
    } catch (error) {
      this.logger.warn({
        msg: 'audit retention failed, retried next hour',
        errorClass: error instanceof Error ? error.name : typeof error,
      });
    }

    return pruned;
  }
}
