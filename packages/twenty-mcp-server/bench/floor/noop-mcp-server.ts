import { createNoopMcpHttpServer } from './create-noop-mcp-http-server';

// The no-op floor as its own process (the bench spawns it): PORT names
// the port; SIGTERM stops it.
const server = createNoopMcpHttpServer();

server.listen(Number(process.env.PORT), '127.0.0.1');
process.once('SIGTERM', () => server.close(() => process.exit(0)));
