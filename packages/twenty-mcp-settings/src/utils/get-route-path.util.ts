// The client-side route of a URL path: "/settings/mcp/tokens" with base
// "/settings/mcp/" is "tokens"; the base itself, with or without its
// trailing slash, is "".
export const getRoutePath = ({
  pathname,
  basePath,
}: {
  pathname: string;
  basePath: string;
}): string => {
  if (`${pathname}/` === basePath || !pathname.startsWith(basePath)) {
    return '';
  }

  return pathname.slice(basePath.length).replace(/\/+$/, '');
};
