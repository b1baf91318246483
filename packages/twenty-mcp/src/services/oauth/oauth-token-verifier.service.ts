import { Inject, Injectable } from '@nestjs/common';
import {
  createRemoteJWKSet,
  errors,
  type JWTPayload,
  jwtVerify,
  type JWTVerifyGetKey,
} from 'jose';

import { TwentyMcpException } from '../../domain/exceptions/twenty-mcp.exception';
import { TwentyMcpExceptionCode } from '../../domain/exceptions/twenty-mcp-exception-code.enum';
import { TWENTY_MCP_CONFIG } from '../../config/constants/twenty-mcp-config.token';
import { type OAuthConfig } from '../../config/types/oauth-config.type';
import { type TwentyMcpConfig } from '../../config/types/twenty-mcp-config.type';
import { AUTH_PORT, type AuthPort } from '../../ports/auth.port';
import { type Principal } from '../../domain/principal/types/principal.type';
import { OAUTH_HTTP_TIMEOUT_MS } from './constants/oauth-http-timeouts.const';
import { MINIMUM_OAUTH_SCOPE } from '../../config/constants/oauth-scopes.const';
import { OAUTH_SIGNING_ALGORITHMS } from './constants/oauth-signing-algorithms.const';
import { OAUTH_TOKEN_ERROR_CODES } from './constants/oauth-token-error-codes.const';
import { discoverJwksUri } from './utils/discover-jwks-uri.util';
import { mapOAuthScopes } from './utils/map-oauth-scopes.util';
import { readUnverifiedIssuer } from './utils/read-unverified-issuer.util';
import { refuseCredential } from '../../domain/exceptions/utils/refuse-credential.util';

// Access tokens of the configured OAuth authorization server: JWTs signed
// with one of its published keys, issued by it, for this MCP endpoint and
// not expired, naming (by email) a member of a Twenty workspace. The token
// acts with that member's role, narrowed by the scopes it was granted.
// Without `oauth` configured it accepts nothing.
@Injectable()
export class OAuthTokenVerifier {
  private keySet: Promise<JWTVerifyGetKey> | null = null;
  private readonly oauth: OAuthConfig | null;

  constructor(
    @Inject(TWENTY_MCP_CONFIG) config: TwentyMcpConfig,
    @Inject(AUTH_PORT) private readonly auth: AuthPort,
  ) {
    this.oauth = config.oauth;
  }

  private get config(): OAuthConfig {
    if (!this.oauth) {
      return refuseCredential('no OAuth authorization server is configured');
    }

    return this.oauth;
  }

  // Routing only: whether the token claims to come from our issuer.
  isFromIssuer(token: string): boolean {
    return (
      this.oauth !== null && readUnverifiedIssuer(token) === this.oauth.issuer
    );
  }

  async authenticate(token: string): Promise<Principal> {
    const claims = await this.verify(token);
    const email = claims[this.config.emailClaim];

    if (typeof email !== 'string' || email.trim() === '') {
      return refuseCredential(`token has no "${this.config.emailClaim}" claim`);
    }

    // An address the authorization server says it has not verified could
    // belong to anyone who typed it in.
    if (claims.email_verified === false || claims.email_verified === 'false') {
      return refuseCredential('token email is not verified');
    }

    const user = await this.auth.findWorkspaceUser({
      email: email.trim(),
      workspaceId: this.config.workspaceId,
    });
    const scopes = mapOAuthScopes(claims);

    if (scopes.length === 0) {
      throw new TwentyMcpException(
        `This access token grants none of the MCP scopes; request at least ${MINIMUM_OAUTH_SCOPE}.`,
        TwentyMcpExceptionCode.INSUFFICIENT_SCOPE,
        { details: { scope: MINIMUM_OAUTH_SCOPE } },
      );
    }

    return {
      workspaceId: user.workspaceId,
      kind: 'oauth',
      credentialId:
        typeof claims.jti === 'string' && claims.jti
          ? claims.jti
          : `oauth:${claims.sub ?? user.userId}`,
      name: user.name,
      roleId: user.roleId,
      workspaceMemberId: user.workspaceMemberId,
      userId: user.userId,
      scopes,
      objectAllowList: null,
    };
  }

  private async verify(token: string): Promise<JWTPayload> {
    const keySet = await this.getKeySet();

    try {
      const { payload } = await jwtVerify(token, keySet, {
        issuer: this.config.issuer,
        audience: this.config.audience,
        algorithms: OAUTH_SIGNING_ALGORITHMS,
        requiredClaims: ['exp'],
      });

      return payload;
    } catch (error) {
      if (
        error instanceof errors.JOSEError &&
        OAUTH_TOKEN_ERROR_CODES.has(error.code)
      ) {
        return refuseCredential(`${error.code}: ${error.message}`);
      }

      throw error;
    }
  }

  // Discovered once; a failed discovery is retried on the next request.
  private getKeySet(): Promise<JWTVerifyGetKey> {
    this.keySet ??= (async () => {
      const jwksUri =
        this.config.jwksUri ?? (await discoverJwksUri(this.config.issuer));

      return createRemoteJWKSet(new URL(jwksUri), {
        timeoutDuration: OAUTH_HTTP_TIMEOUT_MS,
      });
    })().catch((error: unknown) => {
      this.keySet = null;
      throw error;
    });

    return this.keySet;
  }
}
