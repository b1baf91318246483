import { Inject, Injectable } from '@nestjs/common';
import { createSecretKey, type KeyObject } from 'node:crypto';

import {
  computeAppSecret,
  type JwtSecretType,
} from '@twenty-mcp/twenty-layout';
import {
  decodeProtectedHeader,
  errors,
  type JWTPayload,
  jwtVerify,
} from 'jose';

import { TWENTY_MCP_CONFIG } from '../../../config/constants/twenty-mcp-config.token';
import { type TwentyMcpConfig } from '../../../config/types/twenty-mcp-config.type';
import { TwentyMcpException } from '../../../domain/exceptions/twenty-mcp.exception';
import { TwentyMcpExceptionCode } from '../../../domain/exceptions/twenty-mcp-exception-code.enum';
import { assertUnreachable } from '../../../domain/exceptions/utils/assert-unreachable.util';
import { refuseCredential } from '../../../domain/exceptions/utils/refuse-credential.util';
import { TWENTY_JWT } from '../constants/twenty-jwt.const';
import { routeTwentyJwt } from '../utils/route-twenty-jwt.util';
import { SigningPublicKeyCache } from './signing-public-key.cache';

// Workspaces whose signing keys stay cached; each has at most two keys.
const MAX_CACHED_WORKSPACES = 1_000;

// Every key a Twenty token may be signed with, and the one verification
// both auth adapters use. Twenty's per-workspace HS256 secrets (sha256 of
// APP_SECRET, workspace id and token type) are KeyObjects derived once:
// deriving on every call costs ~0.7 ms a request. The instance's ES256
// public keys come from core."signingKey" (SigningPublicKeyCache).
@Injectable()
export class WorkspaceSigningKeys {
  private readonly keys = new Map<string, KeyObject>();
  // Null: Twenty has no APP_SECRET (newest Twenty's .env calls it legacy)
  // and signs everything ES256; HS256 tokens are then refused.
  private readonly appSecret: string | null;
  private readonly publicKeys: SigningPublicKeyCache;

  constructor(
    @Inject(TWENTY_MCP_CONFIG) { appSecret, dataSource }: TwentyMcpConfig,
  ) {
    this.appSecret = appSecret;
    this.publicKeys = new SigningPublicKeyCache(dataSource);
  }

  get hasAppSecret(): boolean {
    return this.appSecret !== null;
  }

  // The HS256 key of a workspace and token type; only with an APP_SECRET.
  get(workspaceId: string, type: JwtSecretType): KeyObject {
    if (this.appSecret === null) {
      throw new TwentyMcpException(
        "Twenty's APP_SECRET is not configured on this server: HS256 tokens can neither be verified nor issued.",
        TwentyMcpExceptionCode.SERVICE_UNAVAILABLE,
      );
    }

    const appSecret = this.appSecret;
    const cacheKey = `${workspaceId}:${type}`;
    let key = this.keys.get(cacheKey);

    if (!key) {
      key = createSecretKey(
        Buffer.from(computeAppSecret({ appSecret, workspaceId, type }), 'utf8'),
      );

      if (this.keys.size >= MAX_CACHED_WORKSPACES * 2) {
        this.keys.delete(this.keys.keys().next().value!);
      }

      this.keys.set(cacheKey, key);
    }

    return key;
  }

  // The verified claims of a Twenty token: ES256 with a live signing key
  // when its header names one, else HS256 with the workspace secret of the
  // first secret type that verifies. Refuses (UNAUTHENTICATED) otherwise.
  async verify(
    token: string,
    {
      workspaceId,
      secretTypes,
    }: { workspaceId: string; secretTypes: readonly JwtSecretType[] },
  ): Promise<JWTPayload> {
    let header: ReturnType<typeof decodeProtectedHeader>;

    try {
      header = decodeProtectedHeader(token);
    } catch {
      return refuseCredential('malformed JWT header');
    }

    const route = routeTwentyJwt(header);

    switch (route.kind) {
      case 'refused':
        return refuseCredential(route.reason);
      case 'signingKey': {
        const key = await this.publicKeys.find(route.kid);

        if (!key) {
          return refuseCredential('unknown or revoked signing key');
        }

        return this.verifyWithFirst(token, [key], {
          algorithm: TWENTY_JWT.asymmetricAlgorithm,
          failure: 'signature does not verify with the signing key',
        });
      }
      case 'workspaceSecret':
        if (this.appSecret === null) {
          return refuseCredential('HS256 token but no APP_SECRET configured');
        }

        return this.verifyWithFirst(
          token,
          secretTypes.map((type) => this.get(workspaceId, type)),
          {
            algorithm: TWENTY_JWT.legacyAlgorithm,
            failure: 'signature does not verify with the workspace secret',
          },
        );
      default:
        return assertUnreachable(route);
    }
  }

  private async verifyWithFirst(
    token: string,
    keys: KeyObject[],
    { algorithm, failure }: { algorithm: string; failure: string },
  ): Promise<JWTPayload> {
    for (const key of keys) {
      try {
        return (await jwtVerify(token, key, { algorithms: [algorithm] }))
          .payload;
      } catch (error) {
        // jose checks claims only once the signature holds.
        if (error instanceof errors.JWTExpired) {
          return refuseCredential('token expired');
        }
      }
    }

    return refuseCredential(failure);
  }
}
