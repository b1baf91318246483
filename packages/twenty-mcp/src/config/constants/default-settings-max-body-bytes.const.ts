// The settings API's requests are small (the largest is an exposure update
// listing hidden fields): 100 KB leaves room and bounds what an
// unauthenticated caller can make the server read.
export const DEFAULT_SETTINGS_MAX_BODY_BYTES = 100_000;
