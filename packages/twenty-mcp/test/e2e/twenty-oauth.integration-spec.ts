import {
  Client,
  type OAuthClientProvider,
  type StoredOAuthClientInformation,
  type StoredOAuthTokens,
  StreamableHTTPClientTransport,
  UnauthorizedError,
} from '@modelcontextprotocol/client';
import { DEMO_WORKSPACE, findFreePort } from '@twenty-mcp/twenty-db';
import {
  startTwentyOAuthServer,
  type TwentyOAuthServer,
} from '@twenty-mcp/twenty-db/testing';

import { startTestApp, type TestApp } from '../utils/start-test-app';
import { settingsGraphql } from './utils/settings-graphql';

const CALLBACK = 'http://127.0.0.1:8977/callback';
const WRITE_TOOLS = ['create_records', 'update_records', 'delete_records'];

// What an MCP client such as a Claude.ai connector keeps between steps of
// its OAuth flow; the "browser" step is done by the test.
class ConnectorOAuthProvider implements OAuthClientProvider {
  authorizationUrl: URL | null = null;
  private information: StoredOAuthClientInformation | undefined;
  private storedTokens: StoredOAuthTokens | undefined;
  private verifier = '';

  get redirectUrl() {
    return CALLBACK;
  }

  get clientMetadata() {
    return {
      client_name: 'Connector e2e',
      redirect_uris: [CALLBACK],
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      token_endpoint_auth_method: 'none',
    };
  }

  clientInformation() {
    return this.information;
  }

  saveClientInformation(information: StoredOAuthClientInformation) {
    this.information = information;
  }

  tokens() {
    return this.storedTokens;
  }

  saveTokens(tokens: StoredOAuthTokens) {
    this.storedTokens = tokens;
  }

  redirectToAuthorization(url: URL) {
    this.authorizationUrl = url;
  }

  saveCodeVerifier(verifier: string) {
    this.verifier = verifier;
  }

  codeVerifier() {
    return this.verifier;
  }
}

// The browser: follows one redirect and reads where it leads.
// A browser's cookies, as much of them as the sign-in uses: kept by name
// with their path, sent where the path matches, dropped at Max-Age=0.
type CookieJar = Map<string, { value: string; path: string }>;

const cookieHeader = (jar: CookieJar | undefined, url: URL) =>
  [...(jar ?? [])]
    .filter(([, { path }]) => url.pathname.startsWith(path))
    .map(([name, { value }]) => `${name}=${value}`)
    .join('; ');

const keepCookies = (jar: CookieJar | undefined, response: Response) => {
  for (const cookie of response.headers.getSetCookie()) {
    const [pair, ...attributes] = cookie.split(';').map((part) => part.trim());
    const [name, value] = [
      pair.slice(0, pair.indexOf('=')),
      pair.slice(pair.indexOf('=') + 1),
    ];
    const path =
      attributes.find((attribute) => attribute.startsWith('Path='))?.slice(5) ??
      '/';

    if (attributes.includes('Max-Age=0')) {
      jar?.delete(name);
    } else {
      jar?.set(name, { value, path });
    }
  }
};

const follow = async (url: string | URL, jar?: CookieJar): Promise<URL> => {
  const target = new URL(url);
  const cookie = cookieHeader(jar, target);
  const response = await fetch(target, {
    redirect: 'manual',
    headers: cookie ? { cookie } : {},
  });

  expect(response.status).toBe(302);
  keepCookies(jar, response);

  return new URL(response.headers.get('location')!, target);
};

// Twenty as the authorization server (a stand-in built from Twenty's
// documented behaviour, docs/twenty-tokens.md): MCP clients discover it
// from the protected-resource metadata and sign in with a Twenty account;
// the settings page signs in the same way.
describe('Twenty as the OAuth authorization server', () => {
  let twenty: TwentyOAuthServer;
  let server: TestApp;
  const clients: Client[] = [];

  beforeAll(async () => {
    twenty = await startTwentyOAuthServer();
    server = await startTestApp({ twentyServerUrl: twenty.url });
    await twenty.useDatabase(server.databaseUrl, DEMO_WORKSPACE.id);
  });

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.close()));
    // The stand-in's connection first: dropping the database ends it.
    await twenty?.stop();
    await server?.stop();
  });

  describe('an MCP client (the official SDK) signing in', () => {
    it("should name Twenty and Twenty's scopes in the protected-resource metadata", async () => {
      const metadata = (await (
        await fetch(
          new URL('/.well-known/oauth-protected-resource/mcp', server.baseUrl),
        )
      ).json()) as Record<string, unknown>;

      expect(metadata).toMatchObject({
        resource: server.url,
        authorization_servers: [twenty.url],
        scopes_supported: ['api', 'profile'],
      });
    });

    it("should discover Twenty, register, sign in with the user's Twenty account and act with their role", async () => {
      const provider = new ConnectorOAuthProvider();
      const firstTry = new Client({ name: 'connector-e2e', version: '1.0.0' });

      twenty.signInAs('jordan.lee@northwind.test');

      await expect(
        firstTry.connect(
          new StreamableHTTPClientTransport(new URL(server.url), {
            authProvider: provider,
          }),
        ),
      ).rejects.toThrow(UnauthorizedError);

      // The client registered itself and sent the user to Twenty's consent
      // page for this MCP endpoint, with PKCE.
      const authorization = provider.authorizationUrl!;

      expect(authorization.origin).toBe(twenty.url);
      expect(authorization.searchParams.get('code_challenge_method')).toBe(
        'S256',
      );
      expect(authorization.searchParams.get('resource')).toBe(server.url);
      expect(authorization.searchParams.get('scope')).toBe('api profile');

      const callback = await follow(authorization);
      const transport = new StreamableHTTPClientTransport(new URL(server.url), {
        authProvider: provider,
      });

      await transport.finishAuth(callback.searchParams.get('code')!);

      const client = new Client({ name: 'connector-e2e', version: '1.0.0' });

      await client.connect(transport);
      clients.push(client);

      const names = (await client.listTools()).tools.map(({ name }) => name);

      // Jordan's role is Read-only.
      expect(names).toContain('find_records');
      expect(names.filter((name) => WRITE_TOOLS.includes(name))).toEqual([]);
    });
  });

  describe('the settings page signing in', () => {
    const settingsUrl = () => `${server.baseUrl}/settings/mcp`;
    const viewer = async (token: string) =>
      settingsGraphql<{ mcpViewer: { name: string; roleLabel: string } }>(
        server.url,
        '{ mcpViewer { name roleLabel } }',
        {},
        token,
      );
    // One browser: its cookies go with every step.
    const signIn = async (jar: CookieJar = new Map()) => {
      const authorize = await follow(`${settingsUrl()}/auth/twenty`, jar);

      return { authorize, back: await follow(authorize, jar), jar };
    };

    it('should offer the Twenty sign-in to the page', async () => {
      const html = await (await fetch(`${settingsUrl()}/`)).text();

      expect(html).toContain(
        '<meta name="twenty-mcp-twenty-sign-in" content="auth/twenty" />',
      );
    });

    it('should send the browser to Twenty and back with a session for the person who signed in', async () => {
      twenty.signInAs('priya.patel@northwind.test');

      const { authorize, back, jar } = await signIn();

      expect(authorize.origin).toBe(twenty.url);
      expect(authorize.searchParams.get('redirect_uri')).toBe(
        `${settingsUrl()}/auth/twenty/callback`,
      );
      expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
      expect(back.pathname).toBe('/settings/mcp/auth/twenty/callback');

      const page = await follow(back, jar);
      const fragment = new URLSearchParams(page.hash.slice(1));

      expect(page.pathname).toBe('/settings/mcp/');
      expect(page.search).toBe('');
      await expect(viewer(fragment.get('twentyAccessToken')!)).resolves.toEqual(
        {
          data: { mcpViewer: { name: 'Priya Patel', roleLabel: 'Developer' } },
        },
      );

      // The same code and state a second time: refused, nothing issued.
      const replayed = new URLSearchParams(
        (await follow(back, jar)).hash.slice(1),
      );

      expect(jar.size).toBe(0);
      expect(replayed.get('twentyAccessToken')).toBeNull();
      expect(replayed.get('signInError')).toBe('expired');
    });

    it('should finish a sign-in only in the browser that started it', async () => {
      twenty.signInAs('priya.patel@northwind.test');

      const { back } = await signIn();
      // Another browser (no cookie), then one whose cookie names another
      // sign-in's state: both refused.
      const { jar: otherBrowser } = await signIn();
      const elsewhere = [
        await follow(back),
        await follow(back, otherBrowser),
      ].map((page) => new URLSearchParams(page.hash.slice(1)));

      for (const fragment of elsewhere) {
        expect(fragment.get('twentyAccessToken')).toBeNull();
        expect(fragment.get('signInError')).toBe('expired');
      }
    });

    it('should finish a sign-in on another instance of the server, which kept nothing of it', async () => {
      // A second instance behind the same public URL (a load balancer's
      // other backend), sharing nothing in memory with the first.
      const other = await startTestApp({
        twentyServerUrl: twenty.url,
        publicUrl: server.baseUrl,
      });

      try {
        twenty.signInAs('priya.patel@northwind.test');

        const { back, jar } = await signIn();
        const page = await follow(
          new URL(`${back.pathname}${back.search}`, other.baseUrl),
          jar,
        );

        await expect(
          viewer(
            new URLSearchParams(page.hash.slice(1)).get('twentyAccessToken')!,
          ),
        ).resolves.toEqual({
          data: { mcpViewer: { name: 'Priya Patel', roleLabel: 'Developer' } },
        });
      } finally {
        await other.stop();
      }
    });

    it('should register with Twenty once, however many sign-ins', async () => {
      twenty.signInAs('alex.rivera@northwind.test');

      const { back, jar } = await signIn();

      await follow(back, jar);

      expect(
        twenty.registrations.filter(
          ({ name }) => name === 'Twenty MCP settings',
        ),
      ).toHaveLength(1);
    });

    it('should bring a declined sign-in back to the page with an error code', async () => {
      twenty.signInAs(null);

      const { back, jar } = await signIn();
      const page = await follow(back, jar);

      expect(new URLSearchParams(page.hash.slice(1)).get('signInError')).toBe(
        'cancelled',
      );
    });

    it('should refuse a user whose role may not manage API keys', async () => {
      twenty.signInAs('jordan.lee@northwind.test');

      const { back, jar } = await signIn();
      const page = await follow(back, jar);
      const reply = await viewer(
        new URLSearchParams(page.hash.slice(1)).get('twentyAccessToken')!,
      );

      expect(reply.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });

  it('should bring the browser back with an error code when Twenty cannot be reached', async () => {
    const closedPort = await findFreePort();
    const unreachable = await startTestApp({
      twentyServerUrl: `http://127.0.0.1:${closedPort}`,
    });

    try {
      const page = await follow(
        `${unreachable.baseUrl}/settings/mcp/auth/twenty`,
      );

      expect(page.pathname).toBe('/settings/mcp/');
      expect(new URLSearchParams(page.hash.slice(1)).get('signInError')).toBe(
        'unavailable',
      );
    } finally {
      await unreachable.stop();
    }
  });
});
