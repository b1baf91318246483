import {
  type JsonRpcError,
  LEGACY_VERSION,
  MODERN_ENVELOPE,
  useRawHttp,
} from './utils/raw-http';

// Malformed params, per method and era, as a careless or hostile client
// sends them: each must be answered -32602 Invalid params with a short
// message naming what is wrong, never -32603 or a schema library's dump.

type Case = [method: string, params: unknown];

const CASES: Case[] = [
  ['initialize', {}],
  [
    'initialize',
    { protocolVersion: 5, capabilities: {}, clientInfo: { name: 'x' } },
  ],
  [
    'initialize',
    {
      protocolVersion: LEGACY_VERSION,
      capabilities: 'all',
      clientInfo: { name: 1 },
    },
  ],
  ['completion/complete', {}],
  [
    'completion/complete',
    { ref: { type: 'ref/prompt' }, argument: { name: 'a', value: 'b' } },
  ],
  [
    'completion/complete',
    { ref: { type: 'ref/prompt', name: 'summarize_record' }, argument: 'x' },
  ],
  ['resources/read', {}],
  ['resources/read', { uri: 42 }],
  ['prompts/get', {}],
  ['prompts/get', { name: 1 }],
  ['prompts/get', { name: 'summarize_record', arguments: { object: 1 } }],
  ['tools/call', {}],
  ['tools/call', { name: 5 }],
  ['tools/call', { name: 'find_records', arguments: 'x' }],
  ['resources/list', { cursor: 7 }],
];

const expectInvalidParams = (body: JsonRpcError, method: string) => {
  expect(body.error.code).toBe(-32602);
  expect(body.error.message).toMatch(
    new RegExp(`^Invalid params for ${method.replace('/', '\\/')}: `),
  );
  // One short line, no serialised issue list.
  expect(body.error.message.length).toBeLessThan(300);
  expect(body.error.message).not.toMatch(/\n|"code"|invalid_type|\[\s*\{/);
};

describe('malformed params', () => {
  const { post, legacyHeaders, modernHeaders } = useRawHttp();

  it.each(CASES)('2025-11-25: %s with %j → -32602', async (method, params) => {
    const response = await post(
      { jsonrpc: '2.0', id: 3, method, params },
      legacyHeaders(),
    );
    const body = (await response.json()) as JsonRpcError;

    expect(body.id).toBe(3);
    expectInvalidParams(body, method);
  });

  it.each(CASES.filter(([method]) => method !== 'initialize'))(
    '2026-07-28: %s with %j → -32602',
    async (method, params) => {
      const response = await post(
        {
          jsonrpc: '2.0',
          id: 3,
          method,
          params: { ...(params as object), _meta: MODERN_ENVELOPE },
        },
        modernHeaders(
          method,
          typeof (params as { name?: unknown }).name === 'string'
            ? (params as { name: string }).name
            : undefined,
        ),
      );
      const body = (await response.json()) as JsonRpcError;

      expectInvalidParams(body, method);
    },
  );
});
