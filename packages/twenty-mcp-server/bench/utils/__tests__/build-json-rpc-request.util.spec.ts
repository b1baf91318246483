import { buildJsonRpcRequest } from '../build-json-rpc-request.util';

describe('buildJsonRpcRequest', () => {
  const params = { name: 'get_records', arguments: { object: 'person' } };

  it('should build a modern request with its envelope and method headers', () => {
    const request = buildJsonRpcRequest({
      era: 'modern',
      method: 'tools/call',
      params,
      token: 'secret',
    });

    expect(request.headers).toMatchObject({
      authorization: 'Bearer secret',
      accept: 'application/json, text/event-stream',
      'mcp-protocol-version': '2026-07-28',
      'mcp-method': 'tools/call',
      'mcp-name': 'get_records',
    });
    expect(JSON.parse(request.body)).toEqual({
      jsonrpc: '2.0',
      id: 1,
      method: 'tools/call',
      params: {
        ...params,
        _meta: expect.objectContaining({
          'io.modelcontextprotocol/protocolVersion': '2026-07-28',
          'io.modelcontextprotocol/clientCapabilities': {},
        }),
      },
    });
  });

  it('should name no tool for a modern tools/list', () => {
    const request = buildJsonRpcRequest({
      era: 'modern',
      method: 'tools/list',
    });

    expect(request.headers['mcp-name']).toBeUndefined();
    expect(request.headers.authorization).toBeUndefined();
  });

  it('should build a legacy request with the version and session headers and bare params', () => {
    const request = buildJsonRpcRequest({
      era: 'legacy',
      method: 'tools/call',
      params,
      sessionId: 'session-1',
    });

    expect(request.headers).toMatchObject({
      'mcp-protocol-version': '2025-11-25',
      'mcp-session-id': 'session-1',
    });
    expect(request.headers['mcp-method']).toBeUndefined();
    expect(JSON.parse(request.body).params).toEqual(params);
  });

  it('should build a legacy initialize offering 2025-11-25', () => {
    const request = buildJsonRpcRequest({
      era: 'legacy',
      method: 'initialize',
    });

    expect(request.headers['mcp-protocol-version']).toBeUndefined();
    expect(JSON.parse(request.body).params).toMatchObject({
      protocolVersion: '2025-11-25',
      capabilities: {},
    });
  });
});
