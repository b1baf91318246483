import { request as httpRequest } from 'node:http';

import { useTestApp, type E2eApp } from '../../utils/use-test-app';

// Raw JSON-RPC over HTTP to the MCP endpoint, and the constants and checks
// the http-protocol tests share.

export const LEGACY_VERSION = '2025-11-25';
export const MODERN_VERSION = '2026-07-28';
// The module's documented request limit (MCP_HTTP_LIMITS), the SDK default.
export const MAX_BODY_BYTES = 4 * 1024 * 1024;
export const CONFIGURED_ORIGIN = 'https://crm.example.com';
export const INVALID_TOKEN_CHALLENGE =
  'error="invalid_token", error_description="The access token is invalid, expired or revoked."';

export type JsonRpcError = {
  jsonrpc: '2.0';
  id: string | number | null;
  error: { code: number; message: string; data?: Record<string, unknown> };
};

export type JsonRpcResult<T = Record<string, unknown>> = {
  jsonrpc: '2.0';
  id: string | number;
  result: T;
};

export const MODERN_ENVELOPE = {
  'io.modelcontextprotocol/protocolVersion': MODERN_VERSION,
  'io.modelcontextprotocol/clientCapabilities': {},
  'io.modelcontextprotocol/clientInfo': { name: 'raw-http', version: '1.0.0' },
};

export const initializeRequest = (
  protocolVersion: string,
  id: number | string = 1,
) => ({
  jsonrpc: '2.0',
  id,
  method: 'initialize',
  params: {
    protocolVersion,
    capabilities: {},
    clientInfo: { name: 'raw-http', version: '1.0.0' },
  },
});

export const modernRequest = (
  method: string,
  params: Record<string, unknown> = {},
  id: number | string = 1,
) => ({
  jsonrpc: '2.0',
  id,
  method,
  params: { ...params, _meta: MODERN_ENVELOPE },
});

// undici's fetch always sends the URL's own Host, so a forged Host needs a
// plain node:http request.
export const postWithHost = (
  url: string,
  host: string,
  headers: Record<string, string>,
  body: unknown,
) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    const target = new URL(url);
    const request = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json, text/event-stream',
          ...headers,
          host,
        },
      },
      (response) => {
        let text = '';

        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body: text }),
        );
      },
    );

    request.on('error', reject);
    request.end(JSON.stringify(body));
  });

export const expectJsonRpcError = async (
  response: Response,
  status: number,
  code?: number,
): Promise<JsonRpcError> => {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);

  const body = (await response.json()) as JsonRpcError;

  expect(body.jsonrpc).toBe('2.0');
  expect(Number.isInteger(body.error.code)).toBe(true);
  expect(typeof body.error.message).toBe('string');

  if (code !== undefined) {
    expect(body.error.code).toBe(code);
  }

  return body;
};

export type RawHttp = {
  e2e: E2eApp;
  post: (
    body: unknown,
    headers?: Record<string, string | undefined>,
  ) => Promise<Response>;
  bearer: (token: string) => { authorization: string };
  admin: () => { authorization: string };
  legacyHeaders: () => Record<string, string>;
  modernHeaders: (method: string, name?: string) => Record<string, string>;
};

// One app for the file, with a configured browser origin, and raw requests
// to its endpoint.
export const useRawHttp = (): RawHttp => {
  const e2e = useTestApp(
    { allowedOrigins: [CONFIGURED_ORIGIN] },
    { name: 'raw-http' },
  );

  const post = (
    body: unknown,
    headers: Record<string, string | undefined> = {},
  ): Promise<Response> =>
    fetch(e2e.server.url, {
      method: 'POST',
      headers: Object.fromEntries(
        Object.entries({
          'content-type': 'application/json',
          accept: 'application/json, text/event-stream',
          ...headers,
        }).filter((entry): entry is [string, string] => entry[1] !== undefined),
      ),
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const admin = () => bearer(e2e.tokens['MCP - admin']);
  const legacyHeaders = () => ({
    ...admin(),
    'mcp-protocol-version': LEGACY_VERSION,
  });
  const modernHeaders = (method: string, name?: string) => ({
    ...admin(),
    'mcp-protocol-version': MODERN_VERSION,
    'mcp-method': method,
    ...(name === undefined ? {} : { 'mcp-name': name }),
  });

  return { e2e, post, bearer, admin, legacyHeaders, modernHeaders };
};
