import { isAllowedHost } from '../../config/utils/is-allowed-host.util';
import { parseBrowserOrigin } from '../../config/utils/parse-browser-origin.util';

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

  const url = parseBrowserOrigin(origin);

  if (url === null) {
    return false;
  }

  if (allowedOrigins.includes(url.origin)) {
    return true;
  }

  return (
    host !== undefined &&
    url.host === host.toLowerCase() &&
    isAllowedHost(host, allowedHosts)
  );
};
