import { Inject, Injectable } from '@nestjs/common';

import { TwentyMcpException } from '../../domain/exceptions/twenty-mcp.exception';
import { TwentyMcpExceptionCode } from '../../domain/exceptions/twenty-mcp-exception-code.enum';
import { type Principal } from '../../domain/principal/types/principal.type';
import { AUTH_PORT, type AuthPort } from '../../ports/auth.port';
import { McpTokenService } from '../../storage/services/mcp-token.service';
import { isMcpToken } from '../../storage/utils/is-mcp-token.util';
import { OAuthTokenVerifier } from '../oauth/oauth-token-verifier.service';

// Every bearer credential the endpoint accepts, by shape: MCP tokens issued
// in the settings, JWTs from the configured OAuth issuer, else what the
// back-end accepts (Twenty's own API keys).
@Injectable()
export class CredentialResolver {
  constructor(
    @Inject(AUTH_PORT) private readonly auth: AuthPort,
    private readonly tokens: McpTokenService,
    private readonly oauth: OAuthTokenVerifier,
  ) {}

  async authenticate(bearerToken: string): Promise<Principal> {
    if (!isMcpToken(bearerToken)) {
      return this.oauth.isFromIssuer(bearerToken)
        ? this.oauth.authenticate(bearerToken)
        : this.auth.authenticate(bearerToken);
    }

    const token = await this.tokens.authenticate(bearerToken);

    if (!(await this.auth.isWorkspaceActive(token.workspaceId))) {
      throw new TwentyMcpException(
        'This workspace is not active.',
        TwentyMcpExceptionCode.WORKSPACE_UNAVAILABLE,
      );
    }

    return {
      workspaceId: token.workspaceId,
      kind: 'mcpToken',
      credentialId: token.id,
      name: token.name,
      roleId: token.roleId,
      workspaceMemberId: null,
      scopes: token.scopes,
      objectAllowList: token.objectMetadataIds,
    };
  }
}
