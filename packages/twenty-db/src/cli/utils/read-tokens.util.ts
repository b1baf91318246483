import { listApiKeys } from '../../auth/services/list-api-keys';
import { withClient } from '../../database/utils/with-client.util';
import { readFixtureMarker } from '../../fixture/services/fixture-marker';
import { mintListedTokens, type ListedToken } from './mint-listed-tokens.util';

export const readTokens = (
  databaseUrl: string,
  appSecret: string,
): Promise<ListedToken[]> =>
  withClient(databaseUrl, async (client) => {
    const fixture = await readFixtureMarker(client);

    return mintListedTokens({
      apiKeys: await listApiKeys(client),
      appSecret,
      secretTypes: fixture?.apiKeySecretTypes ?? {},
    });
  });
