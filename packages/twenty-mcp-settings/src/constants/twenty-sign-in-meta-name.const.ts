// The <meta> the server adds to index.html when it can sign users in
// through Twenty's OAuth server; its content is the start URL, relative to
// the page's <base href>.
export const TWENTY_SIGN_IN_META_NAME = 'twenty-mcp-twenty-sign-in';
