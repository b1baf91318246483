import {
  UseFilters,
  UseGuards,
  UseInterceptors,
  UsePipes,
} from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { type SettingsCredential } from '../../domain/principal/types/settings-credential.type';
import { SettingsGraphqlExceptionFilter } from '../filters/settings-graphql-exception.filter';
import { SettingsAuditInterceptor } from '../interceptors/settings-audit.interceptor';
import { SETTINGS_VALIDATION_PIPE } from '../constants/settings-validation-pipe.const';
import { AuthSettingsCredential } from '../decorators/settings-credential.decorator';
import { McpRoleDTO } from '../dtos/mcp-role.dto';
import { McpSettingsDTO } from '../dtos/mcp-settings.dto';
import { McpToolPreviewDTO } from '../dtos/mcp-tool-preview.dto';
import { McpToolPreviewInput } from '../dtos/mcp-tool-preview.input';
import { UpdateMcpSettingsInput } from '../dtos/update-mcp-settings.input';
import { SettingsAuthGuard } from '../guards/settings-auth.guard';
import { McpSettingsService } from '../services/mcp-settings.service';

@Resolver()
@UseGuards(SettingsAuthGuard)
@UseFilters(SettingsGraphqlExceptionFilter)
@UseInterceptors(SettingsAuditInterceptor)
@UsePipes(SETTINGS_VALIDATION_PIPE)
export class McpSettingsResolver {
  constructor(private readonly settings: McpSettingsService) {}

  @Query(() => McpSettingsDTO)
  mcpSettings(
    @AuthSettingsCredential() credential: SettingsCredential,
  ): Promise<McpSettingsDTO> {
    return this.settings.getSettings(credential.workspaceId);
  }

  @Mutation(() => McpSettingsDTO)
  updateMcpSettings(
    @AuthSettingsCredential() credential: SettingsCredential,
    @Args('input') input: UpdateMcpSettingsInput,
  ): Promise<McpSettingsDTO> {
    return this.settings.updateSettings(credential.workspaceId, input);
  }

  @Query(() => [McpRoleDTO], {
    description: 'Roles that can be assigned to API keys, and so to tokens.',
  })
  mcpRoles(
    @AuthSettingsCredential() credential: SettingsCredential,
  ): Promise<McpRoleDTO[]> {
    return this.settings.listRoles(credential.workspaceId);
  }

  @Query(() => McpToolPreviewDTO, {
    description: 'The tools/list a token with this role and scopes gets.',
  })
  mcpToolPreview(
    @AuthSettingsCredential() credential: SettingsCredential,
    @Args('input') input: McpToolPreviewInput,
  ): Promise<McpToolPreviewDTO> {
    return this.settings.previewTools(credential.workspaceId, input);
  }
}
