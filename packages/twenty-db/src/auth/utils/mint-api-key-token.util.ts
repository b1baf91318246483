import { sign } from 'jsonwebtoken';
import {
  computeAppSecret,
  type JwtSecretType,
} from '@twenty-mcp/twenty-layout';

export type ApiKeyTokenPayload = {
  sub: string;
  type: 'API_KEY';
  workspaceId: string;
};

// Mirrors what Twenty's generateApiKeyToken signs: the token is the only
// place the key exists; core.apiKey keeps just its id (the jti).
export const mintApiKeyToken = ({
  appSecret,
  workspaceId,
  apiKeyId,
  expiresAt,
  secretType = 'API_KEY',
  now = new Date(),
}: {
  appSecret: string;
  workspaceId: string;
  apiKeyId: string;
  expiresAt?: Date | null;
  secretType?: JwtSecretType;
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

  return sign(
    { ...payload, iat: Math.floor(now.getTime() / 1000) },
    computeAppSecret({ appSecret, workspaceId, type: secretType }),
    { algorithm: 'HS256', expiresIn: secondsLeft ?? '100y', jwtid: apiKeyId },
  );
};
