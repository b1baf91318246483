// The largest hourly call limit the settings API accepts.
export const MAX_CALLS_PER_HOUR = 1_000_000;
