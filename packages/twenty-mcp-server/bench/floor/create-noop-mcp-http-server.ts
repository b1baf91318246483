import { createServer, type Server as HttpServer } from 'node:http';

import { toNodeHandler } from '@modelcontextprotocol/node';
import {
  createMcpHandler,
  isLegacyRequest,
  Server,
  WebStandardStreamableHTTPServerTransport,
} from '@modelcontextprotocol/server';

// The floor of the benchmark: an MCP server on the same SDK packages and
// the same wiring as the module (a server per request; 2026-07-28 through
// the SDK's handler, 2025-11-25 statelessly with JSON replies), with one
// tool that returns a constant. No authentication, no database: whatever
// twenty-mcp costs above this is its own. GET /healthz says it is up.

const NOOP_TOOL = {
  name: 'noop',
  description: 'Returns a constant.',
  inputSchema: {
    type: 'object' as const,
    properties: { id: { type: 'string' } },
  },
};

const createNoopServer = (): Server => {
  const server = new Server(
    { name: 'noop-floor', version: '1.0.0' },
    { capabilities: { tools: {} } },
  );

  server.setRequestHandler('tools/list', () => ({ tools: [NOOP_TOOL] }));
  server.setRequestHandler('tools/call', () => ({
    content: [{ type: 'text' as const, text: '{"ok":true}' }],
    structuredContent: { ok: true },
  }));

  return server;
};

const modern = createMcpHandler(createNoopServer, { legacy: 'reject' });

const legacyJson = async (request: Request, parsedBody: unknown) => {
  const server = createNoopServer();
  const transport = new WebStandardStreamableHTTPServerTransport({
    sessionIdGenerator: undefined,
    enableJsonResponse: true,
  });

  await server.connect(transport);

  try {
    return await transport.handleRequest(request, { parsedBody });
  } finally {
    void transport.close();
    void server.close();
  }
};

const handle = toNodeHandler({
  fetch: async (request) => {
    const body: unknown = await request.json();

    return (await isLegacyRequest(request, body))
      ? legacyJson(request, body)
      : modern.fetch(request, { parsedBody: body });
  },
});

// An HTTP server (not yet listening) serving the floor on any path.
export const createNoopMcpHttpServer = (): HttpServer => {
  const server = createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/healthz') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"status":"ok"}');

      return;
    }

    void handle(req, res);
  });

  server.keepAliveTimeout = 65_000;

  return server;
};
