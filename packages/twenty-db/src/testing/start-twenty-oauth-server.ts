import { createHash, randomBytes, randomUUID } from 'node:crypto';
import {
  createServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import { type AddressInfo } from 'node:net';

import { Client as PgClient } from 'pg';

import { mintApplicationToken } from '../auth/utils/mint-application-token.util';
import { DEMO_SIGNING_KEYS } from '../signing-keys/constants/demo-signing-keys.const';
import { deriveDemoSigningKey } from '../signing-keys/utils/derive-demo-signing-key.util';
import { TEST_APP_SECRET } from './test-database-env.const';

type RegisteredClient = { name: string; redirectUris: string[] };

type IssuedCode = {
  clientId: string;
  redirectUri: string;
  codeChallenge: string;
  email: string;
};

export type AuthorizationRequest = {
  clientId: string;
  redirectUri: string;
  scope: string | null;
  resource: string | null;
};

export type TwentyOAuthServer = {
  // Twenty's SERVER_URL: the issuer and the base of every endpoint.
  url: string;
  // The database whose workspace the tokens are for (the app's clone).
  useDatabase(databaseUrl: string, workspaceId: string): Promise<void>;
  // Who is signed in to Twenty's front-end when a browser reaches the
  // consent page; null: the user declines.
  signInAs(email: string | null): void;
  registrations: RegisteredClient[];
  authorizations: AuthorizationRequest[];
  stop(): Promise<void>;
};

const readBody = async (
  request: IncomingMessage,
): Promise<Record<string, string>> => {
  const chunks: Buffer[] = [];

  for await (const chunk of request) {
    chunks.push(chunk as Buffer);
  }

  const text = Buffer.concat(chunks).toString('utf8');

  return (request.headers['content-type'] ?? '').includes('json')
    ? (JSON.parse(text) as Record<string, string>)
    : Object.fromEntries(new URLSearchParams(text));
};

const json = (response: ServerResponse, status: number, body: unknown) => {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
};

// A stand-in for Twenty's OAuth server, written from what twenty-mcp's
// docs/twenty-tokens.md records of Twenty's (no running twenty-server in
// these tests):
// RFC 8414 discovery at the root, dynamic client registration of public
// clients, the consent page (answered for whoever is "signed in"),
// authorization code + PKCE S256 at /oauth/token; on the first
// authorization of a client in a workspace it installs the client as a
// core."application" row without a role, as Twenty's
// findOrInstallApplication does, and answers with an APPLICATION_ACCESS
// token for the user, signed ES256 with the instance's current signing key.
export const startTwentyOAuthServer = async (): Promise<TwentyOAuthServer> => {
  const clients = new Map<string, RegisteredClient>();
  const codes = new Map<string, IssuedCode>();
  const applications = new Map<string, string>();
  const registrations: RegisteredClient[] = [];
  const authorizations: AuthorizationRequest[] = [];
  const signingKey = deriveDemoSigningKey({
    appSecret: TEST_APP_SECRET,
    id: DEMO_SIGNING_KEYS.current.id,
  });
  let signedIn: string | null = null;
  let pg: PgClient | null = null;
  let workspaceId = '';
  let url = '';

  const installApplication = async (clientId: string): Promise<string> => {
    let applicationId = applications.get(clientId);

    if (!applicationId) {
      const {
        rows: [{ id }],
      } = await pg!.query<{ id: string }>(
        `INSERT INTO core."application"
             ("workspaceId", "universalIdentifier", name, "sourceType", "sourcePath", "applicationRegistrationId")
           VALUES ($1, $2, $3, 'OAUTH_ONLY', 'oauth-install', $4) RETURNING id`,
        [workspaceId, randomUUID(), clients.get(clientId)!.name, randomUUID()],
      );

      applicationId = id;
      applications.set(clientId, id);
    }

    return applicationId;
  };

  const handle = async (
    request: IncomingMessage,
    response: ServerResponse,
  ): Promise<void> => {
    const requestUrl = new URL(request.url ?? '/', url);

    if (requestUrl.pathname === '/.well-known/oauth-authorization-server') {
      return json(response, 200, {
        issuer: url,
        authorization_endpoint: `${url}/authorize`,
        token_endpoint: `${url}/oauth/token`,
        registration_endpoint: `${url}/oauth/register`,
        scopes_supported: ['api', 'profile'],
        response_types_supported: ['code'],
        grant_types_supported: [
          'authorization_code',
          'client_credentials',
          'refresh_token',
        ],
        code_challenge_methods_supported: ['S256'],
        token_endpoint_auth_methods_supported: ['client_secret_post', 'none'],
      });
    }

    if (requestUrl.pathname === '/oauth/register') {
      const body = (await readBody(request)) as unknown as {
        client_name?: string;
        redirect_uris?: string[];
      };

      if (!body.redirect_uris?.length) {
        return json(response, 400, { error: 'invalid_redirect_uri' });
      }

      const clientId = randomUUID();
      const client = {
        name: body.client_name ?? 'OAuth client',
        redirectUris: body.redirect_uris,
      };

      clients.set(clientId, client);
      registrations.push(client);

      return json(response, 201, {
        client_id: clientId,
        client_name: client.name,
        redirect_uris: client.redirectUris,
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        token_endpoint_auth_method: 'none',
        scope: 'api profile',
        registration_client_uri: `${url}/oauth/register/${clientId}`,
      });
    }

    if (requestUrl.pathname === '/authorize') {
      const query = requestUrl.searchParams;
      const clientId = query.get('client_id') ?? '';
      const redirectUri = query.get('redirect_uri') ?? '';
      const codeChallenge = query.get('code_challenge');

      if (
        !clients.get(clientId)?.redirectUris.includes(redirectUri) ||
        !codeChallenge ||
        query.get('code_challenge_method') !== 'S256'
      ) {
        return json(response, 400, { error: 'invalid_request' });
      }

      authorizations.push({
        clientId,
        redirectUri,
        scope: query.get('scope'),
        resource: query.get('resource'),
      });

      const back = new URL(redirectUri);

      back.searchParams.set('state', query.get('state') ?? '');

      if (signedIn === null) {
        back.searchParams.set('error', 'access_denied');
      } else {
        const code = randomBytes(24).toString('base64url');

        codes.set(code, {
          clientId,
          redirectUri,
          codeChallenge,
          email: signedIn,
        });
        back.searchParams.set('code', code);
      }

      response.writeHead(302, { location: back.href });

      return void response.end();
    }

    if (requestUrl.pathname === '/oauth/token') {
      const body = await readBody(request);
      const issued = codes.get(body.code ?? '');

      codes.delete(body.code ?? '');

      if (
        body.grant_type !== 'authorization_code' ||
        !issued ||
        issued.clientId !== body.client_id ||
        issued.redirectUri !== body.redirect_uri ||
        createHash('sha256')
          .update(body.code_verifier ?? '')
          .digest('base64url') !== issued.codeChallenge
      ) {
        return json(response, 400, {
          error: 'invalid_grant',
          error_description: 'Authorization code not found',
        });
      }

      const {
        rows: [user],
      } = await pg!.query<{ userId: string; userWorkspaceId: string }>(
        `SELECT u."id" AS "userId", uw."id" AS "userWorkspaceId"
             FROM core."user" u
             JOIN core."userWorkspace" uw ON uw."userId" = u."id" AND uw."workspaceId" = $2
            WHERE u."email" = $1`,
        [issued.email, workspaceId],
      );
      const accessToken = mintApplicationToken({
        signer: { kind: 'signingKey', ...signingKey },
        workspaceId,
        applicationId: await installApplication(issued.clientId),
        user,
      });

      return json(response, 200, {
        access_token: accessToken,
        token_type: 'Bearer',
        expires_in: 3600,
        scope: 'api profile',
      });
    }

    json(response, 404, { error: 'not_found' });
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) =>
      json(response, 500, { error: 'server_error', detail: String(error) }),
    );
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    registrations,
    authorizations,
    useDatabase: async (databaseUrl, forWorkspace) => {
      pg = new PgClient({ connectionString: databaseUrl });
      workspaceId = forWorkspace;
      await pg.connect();
    },
    signInAs: (email) => {
      signedIn = email;
    },
    stop: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await pg?.end();
    },
  };
};
