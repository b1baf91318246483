const escapeAttribute = (value: string) =>
  value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

// The built page has relative asset URLs and reads its routes and API from
// document.baseURI: a <base> first thing in <head> anchors both at the
// settings path, whatever it is configured to. Meta tags tell the page what
// this server offers (e.g. sign-in through Twenty) without a request.
export const injectPageHead = (
  html: string,
  { baseHref, meta = {} }: { baseHref: string; meta?: Record<string, string> },
): string => {
  const tags = [
    `<base href="${escapeAttribute(baseHref)}" />`,
    ...Object.entries(meta).map(
      ([name, content]) =>
        `<meta name="${escapeAttribute(name)}" content="${escapeAttribute(content)}" />`,
    ),
  ].join('');
  const head = /<head(\s[^>]*)?>/i.exec(html);

  if (!head) {
    return `${tags}${html}`;
  }

  const end = head.index + head[0].length;

  return `${html.slice(0, end)}${tags}${html.slice(end)}`;
};
