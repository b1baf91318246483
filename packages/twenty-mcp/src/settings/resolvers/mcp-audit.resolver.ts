import { UseFilters, UseGuards, UsePipes } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';

import { type SettingsCredential } from '../../domain/principal/types/settings-credential.type';
import { McpAuditLog } from '../../storage/services/mcp-audit-log.service';
import { SETTINGS_VALIDATION_PIPE } from '../constants/settings-validation-pipe.const';
import { AuthSettingsCredential } from '../decorators/settings-credential.decorator';
import { McpAuditBucketDTO } from '../dtos/mcp-audit-bucket.dto';
import { McpAuditChainDTO } from '../dtos/mcp-audit-chain.dto';
import { McpAuditEventPageDTO } from '../dtos/mcp-audit-event-page.dto';
import { McpAuditEventsInput } from '../dtos/mcp-audit-events.input';
import { SettingsGraphqlExceptionFilter } from '../filters/settings-graphql-exception.filter';
import { SettingsAuthGuard } from '../guards/settings-auth.guard';

const DEFAULT_PAGE = 50;

// The audit trail for the settings page's Activity view
// (docs/audit-trail.md): events, counts over time, the chain's state.
@Resolver()
@UseGuards(SettingsAuthGuard)
@UseFilters(SettingsGraphqlExceptionFilter)
@UsePipes(SETTINGS_VALIDATION_PIPE)
export class McpAuditResolver {
  constructor(private readonly auditLog: McpAuditLog) {}

  @Query(() => McpAuditChainDTO, {
    description: 'Verifies the whole chain: as slow as the chain is long.',
  })
  mcpAuditChain(
    @AuthSettingsCredential() credential: SettingsCredential,
  ): Promise<McpAuditChainDTO> {
    return this.auditLog.verify(credential.workspaceId);
  }

  @Query(() => McpAuditEventPageDTO)
  async mcpAuditEvents(
    @AuthSettingsCredential() credential: SettingsCredential,
    @Args('input', { nullable: true }) input?: McpAuditEventsInput,
  ): Promise<McpAuditEventPageDTO> {
    const limit = input?.first ?? DEFAULT_PAGE;
    const rows = await this.auditLog.listEvents(
      credential.workspaceId,
      input ?? {},
      { beforeSequence: input?.beforeSequence, limit: limit + 1 },
    );
    const page = rows.slice(0, limit);

    return {
      events: page.map((row) => ({
        ...row,
        arguments:
          row.arguments === null ? null : JSON.stringify(row.arguments),
      })),
      nextBeforeSequence:
        rows.length > limit ? page[page.length - 1].sequence : null,
    };
  }

  @Query(() => [McpAuditBucketDTO], {
    description: 'Events per hour or day (UTC), tool and outcome.',
  })
  mcpAuditActivity(
    @AuthSettingsCredential() credential: SettingsCredential,
    @Args('input', { nullable: true }) input?: McpAuditEventsInput,
  ): Promise<McpAuditBucketDTO[]> {
    return this.auditLog.countByBucket(
      credential.workspaceId,
      input ?? {},
      input?.bucket === 'hour' ? 'hour' : 'day',
    );
  }
}
