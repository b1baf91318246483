// The settings path the page is served at, with a trailing slash, from the
// <base href> the server injects (the page's own URL without one).
export const getBasePath = (): string => {
  const { pathname } = new URL(document.baseURI);

  return pathname.endsWith('/') ? pathname : `${pathname}/`;
};
