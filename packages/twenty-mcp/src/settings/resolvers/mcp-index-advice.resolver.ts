import { UseFilters, UseGuards } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';

import { type SettingsCredential } from '../../domain/principal/types/settings-credential.type';
import { IndexAdvisorService } from '../../services/index-advisor/index-advisor.service';
import { AuthSettingsCredential } from '../decorators/settings-credential.decorator';
import { McpIndexAdviceDTO } from '../dtos/mcp-index-advice.dto';
import { SettingsGraphqlExceptionFilter } from '../filters/settings-graphql-exception.filter';
import { SettingsAuthGuard } from '../guards/settings-auth.guard';

// The index advisor for the settings page (docs/index-advisor.md): reads
// only, the statements are for the admin to run.
@Resolver()
@UseGuards(SettingsAuthGuard)
@UseFilters(SettingsGraphqlExceptionFilter)
export class McpIndexAdviceResolver {
  constructor(private readonly advisor: IndexAdvisorService) {}

  @Query(() => [McpIndexAdviceDTO], {
    description:
      'For the reads AI clients made in this workspace, most used first, the index that would serve each.',
  })
  mcpIndexAdvice(
    @AuthSettingsCredential() credential: SettingsCredential,
  ): Promise<McpIndexAdviceDTO[]> {
    return this.advisor.advise(credential.workspaceId);
  }
}
