import { Controller, Get, Logger, Res } from '@nestjs/common';
import {
  type ReadinessResult,
  TwentyMcpAdminService,
} from '@twenty-mcp/twenty-mcp';

const logger = new Logger('Health');

// Probes for orchestrators: /healthz says the process serves HTTP (no I/O,
// so a slow database never gets a healthy process restarted); /readyz says
// it can serve MCP now, check by check, 503 naming what failed.
@Controller()
export class HealthController {
  // Each check's last outcome: a change is logged once, not every probe.
  private readonly lastOutcome = new Map<string, boolean>();

  constructor(private readonly admin: TwentyMcpAdminService) {}

  @Get('healthz')
  health(): { status: 'ok' } {
    return { status: 'ok' };
  }

  // Why a check failed goes to the log only: driver messages can name
  // tables and addresses, and the probe may be reachable from outside.
  @Get('readyz')
  async ready(
    @Res({ passthrough: true }) response: { status: (code: number) => void },
  ) {
    const results = await this.admin.checkReadiness();
    const failed = results.filter((result) => !result.ok);

    results.forEach((result) => this.logChange(result));
    response.status(failed.length > 0 ? 503 : 200);

    return {
      status: failed.length > 0 ? 'unavailable' : 'ok',
      ...(failed.length > 0
        ? { failed: failed.map((result) => result.name) }
        : {}),
      checks: Object.fromEntries(
        results.map((result) => [
          result.name,
          result.detail ?? (result.ok ? 'ok' : 'failed'),
        ]),
      ),
    };
  }

  private logChange({ name, ok, error }: ReadinessResult): void {
    if (this.lastOutcome.get(name) === ok) {
      return;
    }

    const first = !this.lastOutcome.has(name);

    this.lastOutcome.set(name, ok);

    if (!ok) {
      logger.warn({ msg: 'readiness check failed', check: name, error });
    } else if (!first) {
      logger.log({ msg: 'readiness check recovered', check: name });
    }
  }
}
