import { request as httpRequest } from 'node:http';

import { signInAs } from '../utils/settings-graphql';
import { useTestApp } from '../utils/use-test-app';

const ADMIN_ORIGIN = 'https://admin.example.com';
const INTROSPECT = '{ __schema { queryType { name } } }';

type RawReply = { status: number; headers: Headers; body: string };

// The settings GraphQL endpoint as raw HTTP sees it: which browser origins
// get a CORS grant or may change things, how much body it reads before
// authentication, and who may introspect.
describe('settings API over raw HTTP', () => {
  const e2e = useTestApp(
    { settingsAllowedOrigins: [ADMIN_ORIGIN], settingsMaxBodyBytes: 100_000 },
    { name: 'settings-api-http', mode: 'auto' },
  );
  const url = () => new URL('/settings/mcp/graphql', e2e.server.baseUrl);

  const send = async (
    init: RequestInit & { headers?: Record<string, string> },
  ): Promise<RawReply> => {
    const response = await fetch(url(), init);

    return {
      status: response.status,
      headers: response.headers,
      body: await response.text(),
    };
  };
  const post = (
    query: string,
    headers: Record<string, string> = {},
    variables: Record<string, unknown> = {},
  ) =>
    send({
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });

  // Sends a body of `size` bytes (announced, or chunked) and resolves with
  // the status as soon as the server answers, however much was sent.
  const postLarge = (size: number, chunked: boolean) =>
    new Promise<{ status: number; sent: number }>((resolve, reject) => {
      let sent = 0;
      let answered = false;
      const outgoing = httpRequest(url(), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(chunked ? {} : { 'content-length': String(size) }),
        },
      });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const writeMore = () => {
        while (!answered && sent < size) {
          sent += chunk.length;

          if (!outgoing.write(chunk)) {
            outgoing.once('drain', writeMore);

            return;
          }
        }

        if (!answered) {
          outgoing.end();
        }
      };

      outgoing.on('response', (response) => {
        answered = true;
        response.resume();
        resolve({ status: response.statusCode ?? 0, sent });
      });
      outgoing.on('error', (error) => {
        if (!answered) {
          reject(error);
        }
      });
      writeMore();
    });

  describe('browser origins', () => {
    it('should refuse a state-changing request from a foreign origin before authentication, without a CORS grant', async () => {
      const reply = await post(
        `mutation { signIn(input: { email: "priya.patel@northwind.test", password: "x" }) { accessToken } }`,
        { origin: 'https://evil.example' },
      );

      expect(reply.status).toBe(403);
      expect(JSON.parse(reply.body).errors[0].extensions.code).toBe(
        'FORBIDDEN',
      );
      expect(reply.headers.get('access-control-allow-origin')).toBeNull();
      expect(reply.headers.get('access-control-allow-credentials')).toBeNull();
    });

    it('should grant CORS to the public URL’s origin and configured origins only, never with credentials', async () => {
      const preflight = (origin: string) =>
        send({
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'authorization, content-type',
          },
        });

      for (const origin of [e2e.server.baseUrl, ADMIN_ORIGIN]) {
        const reply = await preflight(origin);

        expect(reply.headers.get('access-control-allow-origin')).toBe(origin);
        expect(
          reply.headers.get('access-control-allow-credentials'),
        ).toBeNull();
      }

      const foreign = await preflight('https://evil.example');

      expect(foreign.headers.get('access-control-allow-origin')).toBeNull();

      const foreignGet = await send({
        method: 'GET',
        headers: { origin: 'https://evil.example' },
      });

      expect(foreignGet.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('should serve its own page under another host name the server answers to, and allowed origins', async () => {
      const port = new URL(e2e.server.baseUrl).port;

      for (const [origin, host] of [
        [`http://localhost:${port}`, `localhost:${port}`],
        [ADMIN_ORIGIN, `127.0.0.1:${port}`],
      ]) {
        // fetch cannot set Host.
        const reply = await new Promise<{ status: number; body: string }>(
          (resolve, reject) => {
            const outgoing = httpRequest(url(), {
              method: 'POST',
              headers: { 'content-type': 'application/json', origin, host },
            });

            outgoing.on('response', async (response) => {
              let body = '';

              for await (const chunk of response) {
                body += String(chunk);
              }

              resolve({ status: response.statusCode ?? 0, body });
            });
            outgoing.on('error', reject);
            outgoing.end(JSON.stringify({ query: '{ mcpViewer { name } }' }));
          },
        );

        expect(reply.status).toBe(200);
        expect(JSON.parse(reply.body).errors[0].extensions.code).toBe(
          'UNAUTHENTICATED',
        );
      }
    });
  });

  describe('request body limit', () => {
    it('should answer 413 to an announced 10 MiB body without reading it', async () => {
      const { status, sent } = await postLarge(10 * 1024 * 1024, false);

      expect(status).toBe(413);
      expect(sent).toBeLessThan(10 * 1024 * 1024);
    });

    it('should answer 413 to a chunked body once it passes the limit', async () => {
      const { status, sent } = await postLarge(10 * 1024 * 1024, true);

      expect(status).toBe(413);
      expect(sent).toBeLessThan(10 * 1024 * 1024);
    });

    it('should still read a body just under the limit', async () => {
      const padding = ' '.repeat(90_000);
      const reply = await post(`${padding}{ mcpViewer { name } }`);

      expect(reply.status).toBe(200);
      expect(JSON.parse(reply.body).errors[0].extensions.code).toBe(
        'UNAUTHENTICATED',
      );
    });
  });

  describe('introspection', () => {
    it('should refuse anonymous introspection, by POST and by GET', async () => {
      const posted = JSON.parse((await post(INTROSPECT)).body);
      const got = JSON.parse(
        await (
          await fetch(`${url().href}?query=${encodeURIComponent(INTROSPECT)}`, {
            headers: { accept: 'application/json' },
          })
        ).text(),
      );

      for (const reply of [posted, got]) {
        expect(reply.data ?? null).toBeNull();
        expect(reply.errors[0].extensions.code).toBe('UNAUTHENTICATED');
        expect(JSON.stringify(reply)).not.toContain('queryType');
      }
    });

    it('should answer it for a signed-in admin only, and keep refusing others afterwards', async () => {
      const priya = await signInAs(
        e2e.server.url,
        'priya.patel@northwind.test',
      );
      const jordan = await signInAs(
        e2e.server.url,
        'jordan.lee@northwind.test',
      );
      const asAdmin = JSON.parse(
        (await post(INTROSPECT, { authorization: `Bearer ${priya}` })).body,
      );
      const asReader = JSON.parse(
        (await post(INTROSPECT, { authorization: `Bearer ${jordan}` })).body,
      );
      const anonymous = JSON.parse((await post(INTROSPECT)).body);

      expect(asAdmin.data.__schema.queryType.name).toBe('Query');
      expect(asReader.errors[0].extensions.code).toBe('FORBIDDEN');
      expect(anonymous.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    });
  });
});
