// A browser's Origin header as a URL, or null when it names no origin a
// page could be allowed from: unparsable, or `null` (sandboxed frames,
// file://, some redirects).
export const parseBrowserOrigin = (origin: string): URL | null => {
  if (!URL.canParse(origin)) {
    return null;
  }

  const url = new URL(origin);

  return url.origin === 'null' ? null : url;
};
