import { parseMcpResponse } from '../parse-mcp-response.util';

describe('parseMcpResponse', () => {
  it('should parse a JSON reply', () => {
    expect(
      parseMcpResponse(
        'application/json',
        '{"jsonrpc":"2.0","id":1,"result":{}}',
      ),
    ).toEqual({ jsonrpc: '2.0', id: 1, result: {} });
  });

  it('should take the last data event of an SSE reply', () => {
    const body = [
      'event: message',
      'data: {"jsonrpc":"2.0","method":"notifications/progress"}',
      '',
      'event: message',
      'data: {"jsonrpc":"2.0","id":1,"result":{"ok":true}}',
      '',
    ].join('\n');

    expect(parseMcpResponse('text/event-stream', body)).toEqual({
      jsonrpc: '2.0',
      id: 1,
      result: { ok: true },
    });
  });

  it('should give null for a body that is neither', () => {
    expect(parseMcpResponse('application/json', '<html>')).toBeNull();
    expect(parseMcpResponse('text/event-stream', ': ping\n')).toBeNull();
  });
});
