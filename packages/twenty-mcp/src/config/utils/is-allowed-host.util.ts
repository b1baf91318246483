const hostnameOf = (host: string): string => {
  try {
    return new URL(`http://${host}`).hostname.toLowerCase();
  } catch {
    return '';
  }
};

// DNS-rebinding protection: a browser tricked into calling a local server
// still sends the attacker's domain as Host.
export const isAllowedHost = (
  host: string | null,
  allowedHosts: readonly string[],
): boolean => {
  if (allowedHosts.includes('*')) {
    return true;
  }

  if (!host) {
    return false;
  }

  return allowedHosts
    .map((allowed) => allowed.toLowerCase())
    .includes(hostnameOf(host));
};
