// One cookie's value from a Cookie header (RFC 6265 pairs separated by
// "; "); undefined when absent. The first of duplicate names wins, as
// browsers send the most specific path first.
export const readCookie = (
  header: string | string[] | undefined,
  name: string,
): string | undefined => {
  const joined = Array.isArray(header) ? header.join('; ') : (header ?? '');

  for (const pair of joined.split(';')) {
    const separator = pair.indexOf('=');

    if (separator > 0 && pair.slice(0, separator).trim() === name) {
      return pair.slice(separator + 1).trim();
    }
  }

  return undefined;
};
