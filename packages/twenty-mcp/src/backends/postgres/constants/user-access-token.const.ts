// Twenty's user access tokens: HS256 with the workspace's derived ACCESS
// secret, short-lived (Twenty's ACCESS_TOKEN_EXPIRES_IN defaults to 30m).
export const USER_ACCESS_TOKEN = {
  type: 'ACCESS',
  algorithm: 'HS256',
  lifetimeSeconds: 30 * 60,
} as const;
