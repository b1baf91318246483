import { TwentyMcpException } from '../../../domain/exceptions/twenty-mcp.exception';
import { TwentyMcpExceptionCode } from '../../../domain/exceptions/twenty-mcp-exception-code.enum';
import { type OAuthTokenVerifier } from '../../oauth/services/oauth-token-verifier';
import { type AuthPort } from '../../../ports/auth.port';
import { type Principal } from '../../../domain/principal/types/principal.type';
import { type McpTokenService } from '../../../storage/services/mcp-token.service';
import { isMcpToken } from '../../../storage/utils/is-mcp-token.util';

// Every bearer credential the endpoint accepts, by shape: MCP tokens issued
// in the settings, JWTs from the configured OAuth issuer, else Twenty's own
// API keys.
export class CredentialResolver {
  constructor(
    private readonly auth: AuthPort,
    private readonly tokens: McpTokenService,
    private readonly oauth: OAuthTokenVerifier | null = null,
  ) {}

  async authenticate(bearerToken: string): Promise<Principal> {
    if (!isMcpToken(bearerToken)) {
      return this.oauth?.isFromIssuer(bearerToken)
        ? this.oauth.authenticate(bearerToken)
        : this.auth.authenticate(bearerToken);
    }

    const token = await this.tokens.authenticate(bearerToken);

    if (!(await this.auth.isWorkspaceActive(token.workspaceId))) {
      throw new TwentyMcpException(
        TwentyMcpExceptionCode.WORKSPACE_UNAVAILABLE,
        'This workspace is not active.',
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
