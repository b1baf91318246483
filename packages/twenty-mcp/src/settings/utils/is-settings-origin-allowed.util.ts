const hostnameOf = (host: string): string | null => {
  try {
    return new URL(`http://${host}`).hostname.toLowerCase();
  } catch {
    return null;
  }
};

// May a browser page at `origin` change things through the settings API?
// No Origin (not a browser, or a same-origin GET) passes; so does an
// allowed origin, and a page served by this server itself: same origin as
// the request's Host, that host being one the server answers to (so a
// rebound foreign domain does not pass). `Origin: null` never passes.
export const isSettingsOriginAllowed = ({
  origin,
  host,
  allowedOrigins,
  allowedHosts,
}: {
  origin: string | undefined;
  host: string | undefined;
  allowedOrigins: readonly string[];
  allowedHosts: readonly string[];
}): boolean => {
  if (origin === undefined) {
    return true;
  }

  let url: URL;

  try {
    url = new URL(origin);
  } catch {
    return false;
  }

  if (url.origin === 'null') {
    return false;
  }

  if (allowedOrigins.includes(url.origin)) {
    return true;
  }

  const hostname = host ? hostnameOf(host) : null;

  return (
    hostname !== null &&
    url.host === host?.toLowerCase() &&
    (allowedHosts.includes('*') ||
      allowedHosts.some((allowed) => allowed.toLowerCase() === hostname))
  );
};
