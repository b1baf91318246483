import { type DynamicModule, Module } from '@nestjs/common';

import { AuditRetentionService } from './audit/audit-retention.service';
import { AuditTrailService } from './audit/audit-trail.service';
import { AuthFailureLimiter } from './auth-failures/auth-failure-limiter.service';
import { CallLimiter } from './call-limits/call-limiter.service';
import { ConfirmationsService } from './confirmations/confirmations.service';
import { CredentialResolver } from './credentials/credential-resolver.service';
import { DatabaseBreakerService } from './database-breaker/database-breaker.service';
import { IndexAdvisorService } from './index-advisor/index-advisor.service';
import { McpMetricsService } from './metrics/mcp-metrics.service';
import { OAuthTokenVerifier } from './oauth/oauth-token-verifier.service';
import { QueryUsageRecorder } from './query-usage/query-usage-recorder.service';
import { ReadinessService } from './readiness/readiness.service';
import { RecordsService } from './records/records.service';
import { WorkspaceChangesService } from './workspace-changes/workspace-changes.service';
import { WorkspaceContextService } from './workspace-context/workspace-context.service';

// What the MCP surfaces and the settings API stand on, whatever the
// back-end: who is calling, what their workspace looks like to them, and
// record operations with Twenty's rules applied.
@Module({})
export class McpServicesModule {
  static register({
    config,
    storage,
    backend,
  }: {
    config: DynamicModule;
    storage: DynamicModule;
    backend: DynamicModule;
  }): DynamicModule {
    const services = [
      AuditRetentionService,
      AuditTrailService,
      AuthFailureLimiter,
      CallLimiter,
      ConfirmationsService,
      CredentialResolver,
      DatabaseBreakerService,
      IndexAdvisorService,
      McpMetricsService,
      OAuthTokenVerifier,
      QueryUsageRecorder,
      ReadinessService,
      RecordsService,
      WorkspaceChangesService,
      WorkspaceContextService,
    ];

    return {
      module: McpServicesModule,
      imports: [config, storage, backend],
      providers: services,
      exports: services,
    };
  }
}
