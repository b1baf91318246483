// Stands for the token in client configurations the settings API returns;
// the settings page puts a token it just issued in its place.
export const CLIENT_CONFIG_TOKEN_PLACEHOLDER = '<token>';
