import { Injectable } from '@nestjs/common';

import { McpStorageProbe } from '../../storage/services/mcp-storage-probe.service';
import { type ReadinessCheck } from './types/readiness-check.type';
import { type ReadinessResult } from './types/readiness-result.type';

// Whether the module can serve right now, as a list of named checks run
// together: PostgreSQL answers, schema `mcp` is migrated, Redis answers
// (when configured). Other parts of the module add their own checks with
// `register` — the place for the Twenty layout/version check.
@Injectable()
export class ReadinessService {
  private readonly checks: ReadinessCheck[];

  constructor(probe: McpStorageProbe) {
    this.checks = [
      { name: 'database', run: () => probe.checkDatabase() },
      { name: 'migrations', run: () => probe.checkMigrations() },
      ...(probe.hasRedis
        ? [{ name: 'redis', run: () => probe.checkRedis() }]
        : []),
    ];
  }

  register(check: ReadinessCheck): void {
    this.checks.push(check);
  }

  async check(): Promise<ReadinessResult[]> {
    return Promise.all(
      this.checks.map(async ({ name, run }) => {
        try {
          await run();

          return { name, ok: true };
        } catch (error) {
          return {
            name,
            ok: false,
            error: error instanceof Error ? error.message : String(error),
          };
        }
      }),
    );
  }
}
