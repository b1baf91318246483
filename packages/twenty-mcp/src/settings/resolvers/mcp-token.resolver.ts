import { TwentyMcpExceptionCode } from '../../domain/exceptions/twenty-mcp-exception-code.enum';
import { TwentyMcpException } from '../../domain/exceptions/twenty-mcp.exception';
import {
  UseFilters,
  UseGuards,
  UseInterceptors,
  UsePipes,
} from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { type SettingsCredential } from '../../domain/principal/types/settings-credential.type';
import { SettingsGraphqlExceptionFilter } from '../filters/settings-graphql-exception.filter';
import { SettingsAuditInterceptor } from '../interceptors/settings-audit.interceptor';
import { SETTINGS_VALIDATION_PIPE } from '../constants/settings-validation-pipe.const';
import { AuthSettingsCredential } from '../decorators/settings-credential.decorator';
import { IssueMcpTokenInput } from '../dtos/issue-mcp-token.input';
import { IssuedMcpTokenDTO } from '../dtos/issued-mcp-token.dto';
import { McpTokenDTO } from '../dtos/mcp-token.dto';
import { SettingsAuthGuard } from '../guards/settings-auth.guard';
import { McpSettingsService } from '../services/mcp-settings.service';
import { isUuid } from '../../domain/values/utils/is-uuid.util';

@Resolver(() => McpTokenDTO)
@UseGuards(SettingsAuthGuard)
@UseFilters(SettingsGraphqlExceptionFilter)
@UseInterceptors(SettingsAuditInterceptor)
@UsePipes(SETTINGS_VALIDATION_PIPE)
export class McpTokenResolver {
  constructor(private readonly settings: McpSettingsService) {}

  @Query(() => [McpTokenDTO], {
    description: 'Newest first, revoked and expired included.',
  })
  mcpTokens(
    @AuthSettingsCredential() credential: SettingsCredential,
  ): Promise<McpTokenDTO[]> {
    return this.settings.listTokens(credential.workspaceId);
  }

  @Mutation(() => IssuedMcpTokenDTO)
  issueMcpToken(
    @AuthSettingsCredential() credential: SettingsCredential,
    @Args('input') input: IssueMcpTokenInput,
  ): Promise<IssuedMcpTokenDTO> {
    return this.settings.issueToken(credential, input);
  }

  @Mutation(() => McpTokenDTO, {
    description: 'Takes effect on the token’s next request.',
  })
  revokeMcpToken(
    @AuthSettingsCredential() credential: SettingsCredential,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<McpTokenDTO> {
    if (!isUuid(id)) {
      throw new TwentyMcpException(
        'id must be a token id (uuid).',
        TwentyMcpExceptionCode.INVALID_ARGUMENT,
      );
    }

    return this.settings.revokeToken(credential.workspaceId, id);
  }
}
