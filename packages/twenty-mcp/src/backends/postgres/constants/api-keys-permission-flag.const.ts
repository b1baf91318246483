// The permission flag Twenty's own API-key settings require.
export const API_KEYS_PERMISSION_FLAG = 'API_KEYS_AND_WEBHOOKS';
