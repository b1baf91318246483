import { useTestApp } from '../utils/use-test-app';
import {
  type JsonRpcError,
  LEGACY_VERSION,
  MODERN_ENVELOPE,
  MODERN_VERSION,
} from './utils/raw-http';

// What one HTTP request and one credential may make the server hold: the
// messages of a batch, the bytes of a response, open notification streams.

const MAX_RESPONSE_BYTES = 100_000;

type ToolCallResult = {
  result: { isError?: boolean; content: { type: string; text: string }[] };
};

describe('request limits', () => {
  const e2e = useTestApp(
    {
      limits: {
        maxBatchMessages: 5,
        maxResponseBytes: MAX_RESPONSE_BYTES,
        maxOpenStreamsPerToken: 2,
      },
    },
    { name: 'request-limits' },
  );
  const headers = (token = e2e.tokens['MCP - admin']) => ({
    'content-type': 'application/json',
    accept: 'application/json, text/event-stream',
    'mcp-protocol-version': LEGACY_VERSION,
    authorization: `Bearer ${token}`,
  });
  const post = (body: unknown) =>
    fetch(e2e.server.url, {
      method: 'POST',
      headers: headers(),
      body: JSON.stringify(body),
    });
  const request = (id: number, method: string, params: object = {}) => ({
    jsonrpc: '2.0',
    id,
    method,
    params,
  });

  describe('batches', () => {
    it('should refuse a batch over the limit with -32600, naming the limit', async () => {
      const response = await post(
        Array.from({ length: 6 }, (_, index) =>
          request(index, 'tools/call', {
            name: 'find_records',
            arguments: { object: 'person' },
          }),
        ),
      );
      const body = (await response.json()) as JsonRpcError;

      expect(response.status).toBe(400);
      expect(body.error).toEqual({
        code: -32600,
        message:
          'Batch too large: 6 messages, at most 5 per batch. Send the rest in further requests.',
      });
    });

    it('should answer a batch within the limit', async () => {
      const response = await post([request(1, 'ping'), request(2, 'ping')]);

      expect(response.status).toBe(200);
      expect(await response.json()).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ id: 1, result: {} }),
          expect.objectContaining({ id: 2, result: {} }),
        ]),
      );
    });
  });

  describe('response size', () => {
    it('should answer a tool result over the limit with a tool error saying how to narrow it', async () => {
      const response = await post(
        request(1, 'tools/call', {
          name: 'find_records',
          arguments: { object: 'person', limit: 100, expand: ['company'] },
        }),
      );
      const { result } = (await response.json()) as ToolCallResult;

      expect(result.isError).toBe(true);
      expect(result.content[0].text).toMatch(
        /^The result of find_records is [\d.]+ MiB, more than the 0\.1 MiB this server answers with; ask for fewer records \(limit\), fewer fields or fewer expansions\.$/,
      );
    });

    it('should replace a batch whose results add up over the limit by one error', async () => {
      const response = await post(
        [1, 2, 3, 4, 5].map((id) =>
          request(id, 'tools/call', {
            name: 'find_records',
            arguments: { object: 'person', limit: 25 },
          }),
        ),
      );
      const text = await response.text();

      expect(response.status).toBe(200);
      expect(Buffer.byteLength(text)).toBeLessThan(MAX_RESPONSE_BYTES);
      expect(JSON.parse(text)).toEqual({
        jsonrpc: '2.0',
        id: null,
        error: {
          code: -32000,
          message: expect.stringMatching(
            /^The response would be [\d.]+ MiB, more than the 0\.1 MiB this server answers with; send fewer requests per batch/,
          ),
        },
      });
    });
  });

  describe('open notification streams per credential', () => {
    const opened: AbortController[] = [];
    const openStream = (token?: string) => {
      const abort = new AbortController();

      opened.push(abort);

      const response = fetch(e2e.server.url, {
        method: 'GET',
        headers: { ...headers(token), accept: 'text/event-stream' },
        signal: abort.signal,
      });

      return { abort, response };
    };

    afterAll(() => opened.forEach((abort) => abort.abort()));

    it('should refuse a stream over the limit, serve other credentials, and free a slot when a stream closes', async () => {
      const first = openStream();
      const second = openStream();

      expect((await first.response).status).toBe(200);
      expect((await second.response).status).toBe(200);

      const refused = await openStream().response;

      expect(refused.status).toBe(429);
      expect(((await refused.json()) as JsonRpcError).error.message).toBe(
        'This credential already has 2 notification streams open, the most it may; close one first.',
      );

      const other = openStream(e2e.tokens['MCP - read-only']);

      expect((await other.response).status).toBe(200);

      first.abort.abort();

      // The slot comes back once the server has seen the stream close.
      for (let attempt = 0; ; attempt += 1) {
        const retry = openStream();

        if ((await retry.response).status === 200) {
          break;
        }

        expect(attempt).toBeLessThan(300);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    });

    it('should count 2026-era subscriptions/listen streams against the same limit', async () => {
      const token = e2e.tokens['MCP - support agent'];
      const listen = () => {
        const abort = new AbortController();

        opened.push(abort);

        return fetch(e2e.server.url, {
          method: 'POST',
          signal: abort.signal,
          headers: {
            ...headers(token),
            'mcp-protocol-version': MODERN_VERSION,
            'mcp-method': 'subscriptions/listen',
          },
          body: JSON.stringify({
            jsonrpc: '2.0',
            id: 1,
            method: 'subscriptions/listen',
            params: {
              notifications: { toolsListChanged: true },
              _meta: MODERN_ENVELOPE,
            },
          }),
        });
      };

      expect((await listen()).status).toBe(200);
      expect((await openStream(token).response).status).toBe(200);

      const refused = await listen();

      expect(refused.status).toBe(429);
      expect(((await refused.json()) as JsonRpcError).error.message).toMatch(
        /already has 2 notification streams open/,
      );
    });
  });
});
