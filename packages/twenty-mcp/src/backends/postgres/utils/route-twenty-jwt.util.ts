import { TWENTY_JWT } from '../constants/twenty-jwt.const';

export type TwentyJwtRoute =
  | { kind: 'signingKey'; kid: string }
  | { kind: 'workspaceSecret' }
  | { kind: 'refused'; reason: string };

// Which key verifies a Twenty token, from its (unverified) header, as
// Twenty's JwtWrapperService decides: ES256 with a `kid` → the instance
// signing key of that id; HS256 → the workspace's derived secret (a `kid`
// beside HS256 is ignored, so a public key can never serve as an HMAC
// secret). Anything else (`none`, RS256, ES256 without kid) verifies
// nothing.
export const routeTwentyJwt = (header: {
  alg?: unknown;
  kid?: unknown;
}): TwentyJwtRoute => {
  if (header.alg === TWENTY_JWT.asymmetricAlgorithm) {
    return typeof header.kid === 'string' && header.kid.length > 0
      ? { kind: 'signingKey', kid: header.kid }
      : { kind: 'refused', reason: 'ES256 token without a kid' };
  }

  if (header.alg === TWENTY_JWT.legacyAlgorithm) {
    return { kind: 'workspaceSecret' };
  }

  return {
    kind: 'refused',
    reason: `unsupported JWT algorithm ${JSON.stringify(header.alg)}`,
  };
};
