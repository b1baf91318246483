import { checkMcpResponse } from '../check-mcp-response.util';

describe('checkMcpResponse', () => {
  const expectOk = (result: Record<string, unknown>) =>
    result.ok === true ? null : 'not ok';
  const check = (
    status: number,
    body: unknown,
    contentType = 'application/json',
  ) =>
    checkMcpResponse({
      status,
      contentType,
      body: typeof body === 'string' ? body : JSON.stringify(body),
      expect: expectOk,
    });

  it('should pass a 200 result with the expected content', () => {
    expect(
      check(200, { jsonrpc: '2.0', id: 1, result: { ok: true } }),
    ).toBeNull();
  });

  it('should fail a non-200 status', () => {
    expect(check(429, { error: { message: 'slow down' } })).toMatch(
      /^HTTP 429/,
    );
  });

  it('should fail a JSON-RPC error', () => {
    expect(
      check(200, {
        jsonrpc: '2.0',
        id: 1,
        error: { code: -32602, message: 'bad' },
      }),
    ).toMatch(/^no result/);
  });

  it('should fail a tool error', () => {
    expect(
      check(200, {
        jsonrpc: '2.0',
        id: 1,
        result: {
          ok: true,
          isError: true,
          content: [{ type: 'text', text: 'x' }],
        },
      }),
    ).toMatch(/^tool error/);
  });

  it('should fail unexpected content, saying what the expectation said', () => {
    expect(check(200, { jsonrpc: '2.0', id: 1, result: { ok: false } })).toBe(
      'not ok',
    );
  });

  it('should fail a body that is not JSON-RPC', () => {
    expect(check(200, 'oops')).toMatch(/^not a JSON-RPC message/);
  });

  it('should read an SSE reply', () => {
    expect(
      check(
        200,
        'event: message\ndata: {"jsonrpc":"2.0","id":1,"result":{"ok":true}}\n\n',
        'text/event-stream',
      ),
    ).toBeNull();
  });
});
