import { createHash } from 'node:crypto';

import { type JwtSecretType } from './jwt-secret-type.type';

// Twenty's per-workspace HS256 secret: hex sha256 of
// APP_SECRET + workspaceId + token type, concatenated in that order.
export const computeAppSecret = ({
  appSecret,
  workspaceId,
  type,
}: {
  appSecret: string;
  workspaceId: string;
  type: JwtSecretType;
}): string =>
  createHash('sha256')
    .update(`${appSecret}${workspaceId}${type}`)
    .digest('hex');
