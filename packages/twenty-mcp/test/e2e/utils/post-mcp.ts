// One raw JSON-RPC POST to the MCP endpoint, as a 2025-11-25 client sends
// it without a session: for status codes and headers the SDK clients hide.
export const postMcp = (
  url: string,
  token: string | undefined,
  body: unknown,
): Promise<Response> =>
  fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
      'mcp-protocol-version': '2025-11-25',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });

export const initializeRequest = (clientName: string) => ({
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: {
    protocolVersion: '2025-11-25',
    capabilities: {},
    clientInfo: { name: clientName, version: '1.0.0' },
  },
});
