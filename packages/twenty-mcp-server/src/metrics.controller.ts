import { Controller, Get, Header } from '@nestjs/common';
import { TwentyMcpAdminService } from '@twenty-mcp/twenty-mcp';
import { collectDefaultMetrics, Registry } from 'prom-client';

// Prometheus scrape endpoint: the module's metrics (tool calls, MCP HTTP
// requests, auth failures, pool usage) and the process's own (CPU, memory,
// event-loop lag), each in a registry of its own.
@Controller()
export class MetricsController {
  private readonly registry: Registry;

  constructor(admin: TwentyMcpAdminService) {
    const process = new Registry();

    collectDefaultMetrics({ register: process });
    this.registry = Registry.merge([process, admin.metricsRegistry]);
  }

  @Get('metrics')
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  metrics(): Promise<string> {
    return this.registry.metrics();
  }
}
