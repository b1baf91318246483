import { Client } from 'pg';

import { listApiKeys } from '../auth/services/list-api-keys';
import { mintApiKeyToken } from '../auth/utils/mint-api-key-token.util';
import { TEST_APP_SECRET } from './test-database-env.const';

// A Twenty API-key token for each seeded key, by key name.
export const demoTokens = async (
  databaseUrl: string,
): Promise<Record<string, string>> => {
  const client = new Client({ connectionString: databaseUrl });

  await client.connect();

  try {
    const keys = await listApiKeys(client);

    return Object.fromEntries(
      keys
        .filter((key) => key.expiresAt.getTime() > Date.now())
        .map((key) => [
          key.name,
          mintApiKeyToken({
            appSecret: TEST_APP_SECRET,
            workspaceId: key.workspaceId,
            apiKeyId: key.id,
            expiresAt: key.expiresAt,
            secretType: key.name.startsWith('Legacy') ? 'ACCESS' : 'API_KEY',
          }),
        ]),
    );
  } finally {
    await client.end();
  }
};
