// The largest hourly call limit the settings accept: about 280 calls a
// second, beyond any one workspace's assistants; above it an admin wants no
// limit, which a reverse proxy can give.
export const MAX_CALLS_PER_HOUR = 1_000_000;
