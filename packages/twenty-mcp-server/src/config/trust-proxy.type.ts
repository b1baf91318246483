// Express's `trust proxy` setting: off/on, a number of hops, or the
// addresses and subnets (comma-separated) of trusted proxies.
export type TrustProxy = boolean | number | string;
