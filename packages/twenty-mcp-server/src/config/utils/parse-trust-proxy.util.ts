import { isIP } from 'node:net';

import { type TrustProxy } from '../trust-proxy.type';

// Names Express (proxy-addr) accepts for common subnets.
const SUBNET_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

const isAddressOrSubnet = (entry: string): boolean => {
  if (SUBNET_NAMES.has(entry)) {
    return true;
  }

  const [address, prefix, ...rest] = entry.split('/');
  const version = isIP(address);

  if (version === 0 || rest.length > 0) {
    return false;
  }

  if (prefix === undefined) {
    return true;
  }

  // A prefix length, or (IPv4) a netmask such as 255.255.255.0.
  if (/^\d+$/.test(prefix)) {
    return Number(prefix) <= (version === 4 ? 32 : 128);
  }

  return version === 4 && isIP(prefix) === 4;
};

// TRUST_PROXY in Express's `trust proxy` terms: "true"/"false", a hop count,
// or a comma-separated list of proxy addresses/subnets. null: not valid.
export const parseTrustProxy = (value: string): TrustProxy | null => {
  if (value === 'true' || value === 'false') {
    return value === 'true';
  }

  if (/^\d+$/.test(value)) {
    return Number(value);
  }

  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);

  return entries.length > 0 && entries.every(isAddressOrSubnet)
    ? entries.join(',')
    : null;
};
