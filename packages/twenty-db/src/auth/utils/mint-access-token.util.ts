import { type TwentyJwtSigner } from '../types/twenty-jwt-signer.type';
import { signTwentyJwt } from './sign-twenty-jwt.util';

// A Twenty user access token (type ACCESS), with the claims Twenty's
// AccessTokenService signs: the user, their workspace membership and how
// they signed in. Twenty's default lifetime is 30 minutes.
export const mintAccessToken = ({
  signer,
  workspaceId,
  userId,
  userWorkspaceId,
  expiresInSeconds = 30 * 60,
  now = new Date(),
}: {
  signer: TwentyJwtSigner;
  workspaceId: string;
  userId: string;
  userWorkspaceId: string;
  expiresInSeconds?: number;
  now?: Date;
}): string =>
  signTwentyJwt({
    payload: {
      sub: userId,
      userId,
      workspaceId,
      userWorkspaceId,
      type: 'ACCESS',
      authProvider: 'password',
    },
    signer,
    workspaceId,
    secretType: 'ACCESS',
    expiresIn: expiresInSeconds,
    now,
  });
