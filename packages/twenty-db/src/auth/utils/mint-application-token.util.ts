import { type TwentyJwtSigner } from '../types/twenty-jwt-signer.type';
import { signTwentyJwt } from './sign-twenty-jwt.util';

// A Twenty application access token (type APPLICATION_ACCESS), as Twenty
// issues to applications and OAuth clients: the application is the
// subject, optionally acting for a user of the workspace.
export const mintApplicationToken = ({
  signer,
  workspaceId,
  applicationId,
  user,
  expiresInSeconds = 60 * 60,
  now = new Date(),
}: {
  signer: TwentyJwtSigner;
  workspaceId: string;
  applicationId: string;
  user?: { userId: string; userWorkspaceId: string };
  expiresInSeconds?: number;
  now?: Date;
}): string =>
  signTwentyJwt({
    payload: {
      sub: applicationId,
      applicationId,
      workspaceId,
      type: 'APPLICATION_ACCESS',
      ...user,
    },
    signer,
    workspaceId,
    secretType: 'APPLICATION_ACCESS',
    expiresIn: expiresInSeconds,
    now,
  });
