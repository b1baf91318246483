import { Inject, Injectable } from '@nestjs/common';

import { TwentyMcpException } from '../../domain/exceptions/twenty-mcp.exception';
import { TwentyMcpExceptionCode } from '../../domain/exceptions/twenty-mcp-exception-code.enum';
import { type Principal } from '../../domain/principal/types/principal.type';
import { TWENTY_MCP_CONFIG } from '../../config/constants/twenty-mcp-config.token';
import { type TwentyMcpConfig } from '../../config/types/twenty-mcp-config.type';
import { AUTH_PORT, type AuthPort } from '../../ports/auth.port';
import { McpTokenService } from '../../storage/services/mcp-token.service';
import { isMcpToken } from '../../storage/utils/is-mcp-token.util';
import { OAuthTokenVerifier } from '../oauth/oauth-token-verifier.service';
import { WORKSPACE_CACHE_LIMITS } from '../workspace-context/constants/workspace-cache-limits.const';
import { createRecentReads } from '../workspace-context/utils/create-recent-reads.util';

// Every bearer credential the endpoint accepts, by shape: MCP tokens issued
// in the settings, JWTs from the configured OAuth issuer, else what the
// back-end accepts (Twenty's own API keys).
@Injectable()
export class CredentialResolver {
  // Whether a workspace is active, as read at most metadataRecheckMs ago:
  // MCP tokens live outside Twenty, so this is a second question to Twenty
  // per request otherwise (docs/operations.md, "Caching").
  private readonly activity: ReturnType<typeof createRecentReads<boolean>>;

  constructor(
    @Inject(AUTH_PORT) private readonly auth: AuthPort,
    private readonly tokens: McpTokenService,
    private readonly oauth: OAuthTokenVerifier,
    @Inject(TWENTY_MCP_CONFIG) config: TwentyMcpConfig,
  ) {
    this.activity = createRecentReads<boolean>({
      recheckMs: config.metadataRecheckMs,
      maxKeys: WORKSPACE_CACHE_LIMITS.maxWorkspaces,
    });
  }

  async authenticate(bearerToken: string): Promise<Principal> {
    if (!isMcpToken(bearerToken)) {
      return this.oauth.isFromIssuer(bearerToken)
        ? this.oauth.authenticate(bearerToken)
        : this.auth.authenticate(bearerToken);
    }

    const token = await this.tokens.authenticate(bearerToken);

    if (!(await this.isWorkspaceActive(token.workspaceId))) {
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

  private isWorkspaceActive(workspaceId: string): Promise<boolean> {
    return this.activity.get(workspaceId, () =>
      this.auth.isWorkspaceActive(workspaceId),
    );
  }
}
