import { type JwtSecretType } from '@twenty-mcp/twenty-layout';

import { type TwentyJwtSigner } from '../types/twenty-jwt-signer.type';
import { signTwentyJwt } from './sign-twenty-jwt.util';

export type ApiKeyTokenPayload = {
  sub: string;
  type: 'API_KEY';
  workspaceId: string;
};

// Mirrors what Twenty's generateApiKeyToken signs: the token is the only
// place the key exists; core.apiKey keeps just its id (the jti). Without a
// signing key: HS256 with the workspace's derived secret (Twenty < 2.5, and
// every key minted before it); with one: ES256 and its id as `kid`.
export const mintApiKeyToken = ({
  appSecret,
  workspaceId,
  apiKeyId,
  expiresAt,
  secretType = 'API_KEY',
  signingKey,
  now = new Date(),
}: {
  appSecret: string;
  workspaceId: string;
  apiKeyId: string;
  expiresAt?: Date | null;
  secretType?: JwtSecretType;
  signingKey?: Extract<TwentyJwtSigner, { kind: 'signingKey' }>;
  now?: Date;
}): string => {
  const payload: ApiKeyTokenPayload = {
    sub: workspaceId,
    type: 'API_KEY',
    workspaceId,
  };
  const secondsLeft = expiresAt
    ? Math.floor((expiresAt.getTime() - now.getTime()) / 1000)
    : null;

  if (secondsLeft !== null && secondsLeft <= 0) {
    throw new Error(`API key ${apiKeyId} has already expired`);
  }

  return signTwentyJwt({
    payload,
    signer: signingKey ?? { kind: 'workspaceSecret', appSecret },
    workspaceId,
    secretType,
    expiresIn: secondsLeft ?? '100y',
    jwtid: apiKeyId,
    now,
  });
};
