import { parseBrowserOrigin } from '../../config/utils/parse-browser-origin.util';

const LOOPBACK_HOSTNAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

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
    (LOOPBACK_HOSTNAMES.has(url.hostname) ||
      allowedOrigins.includes(url.origin) ||
      allowedOrigins.includes(url.hostname))
  );
};
