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
import { McpObjectExposureDTO } from '../dtos/mcp-object-exposure.dto';
import { UpdateObjectExposureInput } from '../dtos/update-object-exposure.input';
import { SettingsAuthGuard } from '../guards/settings-auth.guard';
import { McpSettingsService } from '../services/mcp-settings.service';

@Resolver(() => McpObjectExposureDTO)
@UseGuards(SettingsAuthGuard)
@UseFilters(SettingsGraphqlExceptionFilter)
@UseInterceptors(SettingsAuditInterceptor)
@UsePipes(SETTINGS_VALIDATION_PIPE)
export class McpExposureResolver {
  constructor(private readonly settings: McpSettingsService) {}

  @Query(() => [McpObjectExposureDTO], {
    description: 'Every object that can be exposed, in tool order.',
  })
  mcpObjects(
    @AuthSettingsCredential() credential: SettingsCredential,
  ): Promise<McpObjectExposureDTO[]> {
    return this.settings.listObjects(credential.workspaceId);
  }

  @Mutation(() => McpObjectExposureDTO)
  updateObjectExposure(
    @AuthSettingsCredential() credential: SettingsCredential,
    @Args('input') input: UpdateObjectExposureInput,
  ): Promise<McpObjectExposureDTO> {
    return this.settings.updateObjectExposure(credential.workspaceId, input);
  }

  @Mutation(() => McpObjectExposureDTO, {
    description:
      'Back to the default: exposed if standard, or if custom and new objects are exposed.',
  })
  resetObjectExposure(
    @AuthSettingsCredential() credential: SettingsCredential,
    @Args('objectId', { type: () => ID }) objectId: string,
  ): Promise<McpObjectExposureDTO> {
    return this.settings.resetObjectExposure(credential.workspaceId, objectId);
  }
}
