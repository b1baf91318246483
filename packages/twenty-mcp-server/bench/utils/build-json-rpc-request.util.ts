import { MCP_PROTOCOL_VERSIONS } from '../constants/mcp-protocol-versions.const';
import { type JsonRpcHttpRequest } from '../types/json-rpc-http-request.type';
import { type McpEra } from '../types/mcp-era.type';

const CLIENT_INFO = { name: 'twenty-mcp-bench', version: '1.0.0' };

// A JSON-RPC request to an MCP endpoint as a client of that era sends it:
// modern requests carry the envelope in params._meta and name the method
// (and tool) in headers; legacy ones name the negotiated version and, when
// the server gave one, the session.
export const buildJsonRpcRequest = ({
  era,
  method,
  params = {},
  id = 1,
  token,
  sessionId,
}: {
  era: McpEra;
  method: string;
  params?: Record<string, unknown>;
  id?: number;
  token?: string;
  sessionId?: string;
}): JsonRpcHttpRequest => {
  const version = MCP_PROTOCOL_VERSIONS[era];
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/json, text/event-stream',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  };

  if (era === 'legacy') {
    return {
      headers: {
        ...headers,
        ...(method === 'initialize' ? {} : { 'mcp-protocol-version': version }),
        ...(sessionId ? { 'mcp-session-id': sessionId } : {}),
      },
      body: JSON.stringify({
        jsonrpc: '2.0',
        id,
        method,
        params:
          method === 'initialize'
            ? {
                protocolVersion: version,
                capabilities: {},
                clientInfo: CLIENT_INFO,
              }
            : params,
      }),
    };
  }

  const name = method === 'tools/call' ? params.name : undefined;

  return {
    headers: {
      ...headers,
      'mcp-protocol-version': version,
      'mcp-method': method,
      ...(typeof name === 'string' ? { 'mcp-name': name } : {}),
    },
    body: JSON.stringify({
      jsonrpc: '2.0',
      id,
      method,
      params: {
        ...params,
        _meta: {
          'io.modelcontextprotocol/protocolVersion': version,
          'io.modelcontextprotocol/clientCapabilities': {},
          'io.modelcontextprotocol/clientInfo': CLIENT_INFO,
        },
      },
    }),
  };
};
