import { LOOPBACK_HOSTNAMES } from '../../config/constants/loopback-hostnames.const';
import { parseBrowserOrigin } from '../../config/utils/parse-browser-origin.util';

// Requests without Origin come from non-browser clients and pass; a browser
// page may only call from loopback or from an origin configured explicitly.
// `Origin: null` (sandboxed frames, file://) never passes.
export const isAllowedOrigin = (
  origin: string | null,
  allowedOrigins: string[],
): boolean => {
  if (origin === null) {
    return true;
  }

  const url = parseBrowserOrigin(origin);

  return (
    url !== null &&
    (LOOPBACK_HOSTNAMES.includes(url.hostname) ||
      allowedOrigins.includes(url.origin) ||
      allowedOrigins.includes(url.hostname))
  );
};
