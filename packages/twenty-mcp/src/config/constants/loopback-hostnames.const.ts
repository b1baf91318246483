// The names a browser uses for this machine: allowed as Host by default and
// as a page's origin on the MCP endpoint.
export const LOOPBACK_HOSTNAMES = ['localhost', '127.0.0.1', '[::1]'];
