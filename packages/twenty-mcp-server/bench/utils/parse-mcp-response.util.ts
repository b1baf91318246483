// The JSON-RPC message of an MCP HTTP reply, whether the server answered
// with JSON or with an SSE stream (the last `data:` event carries the
// response); null when neither parses.
export const parseMcpResponse = (
  contentType: string,
  body: string,
): unknown => {
  try {
    if (contentType.startsWith('text/event-stream')) {
      const data = body
        .split(/\r?\n/)
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice('data:'.length).trim())
        .filter(Boolean);

      return data.length > 0 ? JSON.parse(data[data.length - 1]) : null;
    }

    return JSON.parse(body);
  } catch {
    return null;
  }
};
