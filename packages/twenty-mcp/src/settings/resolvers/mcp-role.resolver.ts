import { UseFilters } from '@nestjs/common';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { type SettingsCredential } from '../../domain/principal/types/settings-credential.type';
import { AuthSettingsCredential } from '../decorators/settings-credential.decorator';
import { McpRoleDTO } from '../dtos/mcp-role.dto';
import { McpScopeEnum } from '../enums/mcp-scope.enum';
import { SettingsGraphqlExceptionFilter } from '../filters/settings-graphql-exception.filter';
import { McpTokenRightsService } from '../services/mcp-token-rights.service';

// McpRole is only reachable through queries SettingsAuthGuard let in, so
// the caller's credential is on the request.
@Resolver(() => McpRoleDTO)
@UseFilters(SettingsGraphqlExceptionFilter)
export class McpRoleResolver {
  constructor(private readonly rights: McpTokenRightsService) {}

  @ResolveField(() => [McpScopeEnum], {
    description:
      'The scopes you may issue a token with, with this role on every object (only those that add something for the role). Empty: the role has rights yours does not whatever the scopes, or reads nothing.',
  })
  async grantableScopes(
    @Parent() role: McpRoleDTO,
    @AuthSettingsCredential() credential: SettingsCredential,
  ): Promise<McpScopeEnum[]> {
    return (await this.rights.grantableScopes(
      credential,
      role.id,
    )) as unknown as McpScopeEnum[];
  }
}
