// A new token expires after this many days unless the admin picks another
// date or clears it.
export const DEFAULT_TOKEN_LIFETIME_DAYS = 90;
