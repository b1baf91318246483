import { Injectable } from '@nestjs/common';

import { McpStorageProbe } from '../../storage/services/mcp-storage-probe.service';
import { DatabaseBreakerService } from '../database-breaker/database-breaker.service';
import { type ReadinessCheck } from './types/readiness-check.type';
import { type ReadinessResult } from './types/readiness-result.type';

// Whether the module can serve right now, as a list of named checks run
// together: PostgreSQL answers, schema `mcp` is migrated, Redis answers
// (when configured), the database circuit is closed. Other parts of the module add their own checks with
// `register` — the place for the Twenty layout/version check.
@Injectable()
export class ReadinessService {
  private readonly checks: ReadinessCheck[];

  constructor(
    probe: McpStorageProbe,
    private readonly breaker: DatabaseBreakerService,
  ) {
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
    const results = await Promise.all(
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
    // Read, not run: the circuit's state is its detail (closed, open,
    // half-open), and only closed is ready.
    const circuit = this.breaker.state;

    return [
      ...results,
      circuit === 'closed'
        ? { name: 'database-circuit', ok: true, detail: circuit }
        : {
            name: 'database-circuit',
            ok: false,
            detail: circuit,
            error: `database circuit ${circuit}`,
          },
    ];
  }
}
