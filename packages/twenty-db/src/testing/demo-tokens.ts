import { Client } from 'pg';

import { listApiKeys } from '../auth/services/list-api-keys';
import { mintApiKeyToken } from '../auth/utils/mint-api-key-token.util';
import {
  DEMO_SIGNING_KEYS,
  type DemoSigningKeyName,
} from '../signing-keys/constants/demo-signing-keys.const';
import { deriveDemoSigningKey } from '../signing-keys/utils/derive-demo-signing-key.util';
import { TEST_APP_SECRET } from './test-database-env.const';

const mintAll = async (
  databaseUrl: string,
  signingKeyName: DemoSigningKeyName | null,
): Promise<Record<string, string>> => {
  const client = new Client({ connectionString: databaseUrl });
  const signingKey = signingKeyName
    ? {
        kind: 'signingKey' as const,
        ...deriveDemoSigningKey({
          appSecret: TEST_APP_SECRET,
          id: DEMO_SIGNING_KEYS[signingKeyName].id,
        }),
      }
    : undefined;

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
            signingKey,
          }),
        ]),
    );
  } finally {
    await client.end();
  }
};

// A Twenty API-key token for each seeded key, by key name: HS256 with the
// workspace secret, as every Twenty version accepts.
export const demoTokens = (databaseUrl: string) => mintAll(databaseUrl, null);

// The same keys as Twenty >= 2.5 mints them: ES256, signed with one of the
// seeded instance signing keys (default: the current one).
export const demoEs256Tokens = (
  databaseUrl: string,
  signingKeyName: DemoSigningKeyName = 'current',
) => mintAll(databaseUrl, signingKeyName);
