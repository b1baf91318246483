import {
  type JwtSecretType,
  computeAppSecret,
} from '@twenty-mcp/twenty-layout';
import { sign } from 'jsonwebtoken';

import { type TwentyJwtSigner } from '../types/twenty-jwt-signer.type';

// Signs a Twenty token payload the way its JwtWrapperService does: HS256
// with sha256(APP_SECRET + workspaceId + secretType), or ES256 with the
// signing key's row id in the `kid` header.
export const signTwentyJwt = ({
  payload,
  signer,
  workspaceId,
  secretType,
  expiresIn,
  jwtid,
  now = new Date(),
}: {
  payload: Record<string, unknown>;
  signer: TwentyJwtSigner;
  workspaceId: string;
  secretType: JwtSecretType;
  expiresIn: number | '100y';
  jwtid?: string;
  now?: Date;
}): string => {
  const claims = { ...payload, iat: Math.floor(now.getTime() / 1000) };
  const options = { expiresIn, ...(jwtid ? { jwtid } : {}) };

  return signer.kind === 'signingKey'
    ? sign(claims, signer.privateKey, {
        ...options,
        algorithm: 'ES256',
        keyid: signer.id,
      })
    : sign(
        claims,
        computeAppSecret({
          appSecret: signer.appSecret,
          workspaceId,
          type: secretType,
        }),
        { ...options, algorithm: 'HS256' },
      );
};
