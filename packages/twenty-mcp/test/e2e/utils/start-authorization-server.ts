import {
  createHash,
  generateKeyPairSync,
  randomBytes,
  type JsonWebKey,
} from 'node:crypto';
import {
  createServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';

import { findFreePort } from '@twenty-mcp/twenty-db';

// oidc-provider is ESM-only and ships no types: the little of it used here.
type OidcProviderModule = {
  default: new (
    issuer: string,
    configuration: Record<string, unknown>,
  ) => {
    callback(): (request: IncomingMessage, response: ServerResponse) => void;
  };
  errors: { InvalidTarget: new () => Error };
};

type OidcToken = { kind: string; accountId?: string };

export type TestAccount = { email: string; emailVerified?: boolean };

export type AccessTokenRequest = {
  // Who signs in at the authorization server.
  accountId: string;
  scope: string;
  // RFC 8707 resource indicator, sent to both endpoints.
  resource: string;
  // A client whose access tokens live two seconds.
  shortLived?: boolean;
};

export type TestAuthorizationServer = {
  issuer: string;
  // The resource servers it issues tokens for, and the scopes each knows.
  registerResource(resource: string, scope: string): void;
  // A full authorization-code + PKCE flow, as a browser and client would
  // run it, ending with the code exchanged for an access token.
  obtainAccessToken(request: AccessTokenRequest): Promise<string>;
  stop(): Promise<void>;
};

const CLIENT_ID = 'mcp-e2e-client';
const SHORT_LIVED_CLIENT_ID = 'mcp-e2e-short-lived-client';
const REDIRECT_URI = 'http://127.0.0.1:8976/callback';

// One cookie jar per flow: oidc-provider keeps the interaction and the
// session in cookies, as it would in a browser.
const createBrowser = () => {
  const cookies = new Map<string, string>();

  return async (url: URL, init: RequestInit = {}): Promise<Response> => {
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: {
        ...(init.headers as Record<string, string> | undefined),
        cookie: [...cookies]
          .map(([name, value]) => `${name}=${value}`)
          .join('; '),
      },
    });

    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);

      if (value === '' || /expires=thu, 01 jan 1970/i.test(header)) {
        cookies.delete(name);
      } else {
        cookies.set(name, value);
      }
    }

    return response;
  };
};

// A real OAuth 2.1 / OpenID authorization server (panva's oidc-provider) on
// a loopback port: public clients with PKCE, resource indicators, JWT access
// tokens signed ES256 with a key of its own, and the accounts given, whose
// email it puts in every access token. `issuer` may be set to impersonate
// another server (same iss, different keys).
export const startAuthorizationServer = async ({
  accounts,
  issuer: claimedIssuer,
}: {
  accounts: Record<string, TestAccount>;
  issuer?: string;
}): Promise<TestAuthorizationServer> => {
  const { default: Provider, errors } = (await import(
    'oidc-provider' as string
  )) as OidcProviderModule;
  const port = await findFreePort();
  const origin = `http://127.0.0.1:${port}`;
  const issuer = claimedIssuer ?? origin;
  const resources = new Map<string, string>();
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const signingKey: JsonWebKey = {
    ...privateKey.export({ format: 'jwk' }),
    use: 'sig',
    alg: 'ES256',
  };
  const client = (clientId: string) => ({
    client_id: clientId,
    token_endpoint_auth_method: 'none',
    redirect_uris: [REDIRECT_URI],
    grant_types: ['authorization_code'],
    response_types: ['code'],
    id_token_signed_response_alg: 'ES256',
  });

  const provider = new Provider(issuer, {
    clients: [client(CLIENT_ID), client(SHORT_LIVED_CLIENT_ID)],
    jwks: { keys: [signingKey] },
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    features: {
      devInteractions: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: (_ctx: unknown, _client: unknown, oneOf?: string) =>
          oneOf,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx: unknown, resourceIndicator: string) => {
          const scope = resources.get(resourceIndicator);

          if (scope === undefined) {
            throw new errors.InvalidTarget();
          }

          return {
            audience: resourceIndicator,
            accessTokenFormat: 'jwt',
            scope,
            jwt: { sign: { alg: 'ES256' } },
          };
        },
      },
    },
    findAccount: (_ctx: unknown, accountId: string) => {
      const account = accounts[accountId];

      return account
        ? {
            accountId,
            claims: () => ({
              sub: accountId,
              email: account.email,
              email_verified: account.emailVerified ?? true,
            }),
          }
        : undefined;
    },
    extraTokenClaims: (_ctx: unknown, token: OidcToken) => {
      const account =
        token.kind === 'AccessToken' && token.accountId
          ? accounts[token.accountId]
          : undefined;

      return account
        ? {
            email: account.email,
            email_verified: account.emailVerified ?? true,
          }
        : undefined;
    },
    ttl: {
      AccessToken: (
        _ctx: unknown,
        _token: unknown,
        tokenClient: { clientId: string },
      ) => (tokenClient.clientId === SHORT_LIVED_CLIENT_ID ? 2 : 600),
      Grant: 600,
      IdToken: 600,
      Interaction: 600,
      Session: 600,
    },
  });
  const server = createServer(provider.callback());

  await new Promise<void>((resolve) =>
    server.listen(port, '127.0.0.1', resolve),
  );

  const obtainAccessToken = async ({
    accountId,
    scope,
    resource,
    shortLived = false,
  }: AccessTokenRequest): Promise<string> => {
    const browse = createBrowser();
    const clientId = shortLived ? SHORT_LIVED_CLIENT_ID : CLIENT_ID;
    const codeVerifier = randomBytes(32).toString('base64url');
    const authorize = new URL('/auth', origin);

    authorize.search = new URLSearchParams({
      client_id: clientId,
      response_type: 'code',
      redirect_uri: REDIRECT_URI,
      scope,
      resource,
      state: randomBytes(8).toString('hex'),
      code_challenge: createHash('sha256')
        .update(codeVerifier)
        .digest('base64url'),
      code_challenge_method: 'S256',
    }).toString();

    let response = await browse(authorize);
    let code: string | null = null;

    // Login, then consent, each a redirect to an interaction page whose
    // form is submitted back to it; then the redirect to the client.
    for (let hop = 0; hop < 12 && code === null; hop += 1) {
      const location = response.headers.get('location');

      if (!location) {
        throw new Error(
          `Authorization stopped with HTTP ${response.status}: ${await response.text()}`,
        );
      }

      const next = new URL(location, origin);

      if (next.href.startsWith(REDIRECT_URI)) {
        code = next.searchParams.get('code');

        if (!code) {
          throw new Error(
            `Authorization refused: ${next.searchParams.get('error')} ${next.searchParams.get('error_description')}`,
          );
        }
      } else if (next.pathname.startsWith('/interaction/')) {
        const page = await (await browse(next)).text();
        const prompt = page.match(/name="prompt" value="(\w+)"/)?.[1];

        response = await browse(next, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams(
            prompt === 'login'
              ? { prompt, login: accountId, password: 'any' }
              : { prompt: prompt ?? '' },
          ).toString(),
        });
      } else {
        response = await browse(next);
      }
    }

    if (code === null) {
      throw new Error('Authorization did not end at the redirect URI');
    }

    const tokenResponse = await fetch(new URL('/token', origin), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        client_id: clientId,
        code,
        redirect_uri: REDIRECT_URI,
        code_verifier: codeVerifier,
        resource,
      }).toString(),
    });
    const body = (await tokenResponse.json()) as {
      access_token?: string;
      error?: string;
      error_description?: string;
    };

    if (!body.access_token) {
      throw new Error(
        `Token request refused: ${body.error} ${body.error_description}`,
      );
    }

    return body.access_token;
  };

  return {
    issuer,
    registerResource: (resource, scope) => resources.set(resource, scope),
    obtainAccessToken,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
};
