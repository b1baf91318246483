import { Inject, UseGuards, UseFilters, UsePipes } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';

import { TwentyMcpException } from '../../domain/exceptions/twenty-mcp.exception';
import { TwentyMcpExceptionCode } from '../../domain/exceptions/twenty-mcp-exception-code.enum';
import {
  SETTINGS_AUTH_PORT,
  type SettingsAuthPort,
} from '../../ports/settings-auth.port';
import { type SettingsCredential } from '../../domain/principal/types/settings-credential.type';
import { AuthFailureLimiter } from '../../services/auth-failures/auth-failure-limiter.service';
import { authFailureKeys } from '../../services/auth-failures/utils/auth-failure-keys.util';
import { SettingsGraphqlExceptionFilter } from '../filters/settings-graphql-exception.filter';
import { SETTINGS_VALIDATION_PIPE } from '../constants/settings-validation-pipe.const';
import { AuthSettingsCredential } from '../decorators/settings-credential.decorator';
import { McpViewerDTO } from '../dtos/mcp-viewer.dto';
import { SignInResultDTO } from '../dtos/sign-in-result.dto';
import { SignInInput } from '../dtos/sign-in.input';
import { SettingsAuthGuard } from '../guards/settings-auth.guard';
import { type SettingsRequest } from '../types/settings-request.type';
import { assertNotRateLimited } from '../utils/assert-not-rate-limited.util';
import { getClientAddress } from '../utils/get-client-address.util';

@Resolver()
@UseFilters(SettingsGraphqlExceptionFilter)
@UsePipes(SETTINGS_VALIDATION_PIPE)
export class McpAuthResolver {
  constructor(
    @Inject(SETTINGS_AUTH_PORT) private readonly auth: SettingsAuthPort,
    private readonly failures: AuthFailureLimiter,
  ) {}

  // Signing in with a Twenty password, for the standalone host; inside
  // Twenty the page reuses the session Twenty's front end already has.
  @Mutation(() => SignInResultDTO)
  async signIn(
    @Args('input') input: SignInInput,
    @Context('req') request: SettingsRequest,
  ): Promise<SignInResultDTO> {
    // A password can be guessed, so here the address is checked before the
    // password is; sign-in failures count apart from the MCP endpoint's.
    const keys = authFailureKeys('sign-in', getClientAddress(request));
    await assertNotRateLimited(this.failures, keys);

    try {
      const outcome = await this.auth.signIn({
        email: input.email,
        password: input.password,
        workspaceId: input.workspaceId ?? null,
      });

      return outcome.kind === 'signedIn'
        ? {
            accessToken: outcome.accessToken,
            expiresAt: outcome.expiresAt,
            workspace: outcome.workspace,
            workspaces: [outcome.workspace],
          }
        : {
            accessToken: null,
            expiresAt: null,
            workspace: null,
            workspaces: outcome.workspaces,
          };
    } catch (error) {
      if (
        error instanceof TwentyMcpException &&
        error.code === TwentyMcpExceptionCode.UNAUTHENTICATED
      ) {
        await this.failures.recordFailure(keys);
        throw new TwentyMcpException(
          error.message,
          TwentyMcpExceptionCode.UNAUTHENTICATED,
        );
      }

      throw error;
    }
  }

  @Query(() => McpViewerDTO)
  @UseGuards(SettingsAuthGuard)
  mcpViewer(
    @AuthSettingsCredential() credential: SettingsCredential,
  ): McpViewerDTO {
    return {
      name: credential.name,
      workspaceId: credential.workspaceId,
      workspaceName: credential.workspaceName,
      roleLabel: credential.roleLabel,
    };
  }
}
