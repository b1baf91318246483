import { listApiKeys } from '../../auth/services/list-api-keys';
import { withClient } from '../../database/utils/with-client.util';
import { readFixtureMarker } from '../../fixture/services/fixture-marker';
import {
  mintListedTokens,
  type ListedToken,
} from '../../auth/utils/mint-listed-tokens.util';

// Tokens for every API key of a database, signed with the given secret or,
// for a database twenty-db created, with the secret it recorded.
export const readTokens = (
  databaseUrl: string,
  appSecret?: string | null,
): Promise<ListedToken[]> =>
  withClient(databaseUrl, async (client) => {
    const fixture = await readFixtureMarker(client);
    const secret = appSecret || fixture?.appSecret;

    if (!secret) {
      throw new Error(
        "This database was not created by twenty-db, so its APP_SECRET is unknown: pass Twenty's APP_SECRET to mint tokens.",
      );
    }

    return mintListedTokens({
      apiKeys: await listApiKeys(client),
      appSecret: secret,
      secretTypes: fixture?.apiKeySecretTypes ?? {},
    });
  });
