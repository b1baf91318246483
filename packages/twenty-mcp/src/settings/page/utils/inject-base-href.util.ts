const escapeAttribute = (value: string) =>
  value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

// The built page has relative asset URLs and reads its routes and API from
// document.baseURI: a <base> first thing in <head> anchors both at the
// settings path, whatever it is configured to.
export const injectBaseHref = (html: string, href: string): string => {
  const base = `<base href="${escapeAttribute(href)}" />`;
  const head = /<head(\s[^>]*)?>/i.exec(html);

  if (!head) {
    return `${base}${html}`;
  }

  const end = head.index + head[0].length;

  return `${html.slice(0, end)}${base}${html.slice(end)}`;
};
