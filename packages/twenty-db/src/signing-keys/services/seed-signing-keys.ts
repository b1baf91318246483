import { type ClientBase } from 'pg';

import { DEMO_SIGNING_KEYS } from '../constants/demo-signing-keys.const';
import { deriveDemoSigningKey } from '../utils/derive-demo-signing-key.util';

const DAY_MS = 24 * 60 * 60 * 1000;

// Writes the demo signing keys as Twenty's key manager leaves them: the
// current key, a rotated-out one and a revoked one. privateKey stays NULL
// (twenty-db derives private keys from the app secret instead), which the
// column's CHECK admits.
export const seedSigningKeys = async (
  client: ClientBase,
  { appSecret, now }: { appSecret: string; now: Date },
): Promise<void> => {
  for (const key of Object.values(DEMO_SIGNING_KEYS)) {
    const createdAt = new Date(now.getTime() - key.ageDays * DAY_MS);

    await client.query(
      `INSERT INTO core."signingKey"
         ("id", "publicKey", "privateKey", "isCurrent", "revokedAt", "createdAt", "updatedAt")
       VALUES ($1, $2, NULL, $3, $4, $5, $5)`,
      [
        key.id,
        deriveDemoSigningKey({ appSecret, id: key.id }).publicKeyPem,
        key.isCurrent,
        key.revoked ? now : null,
        createdAt,
      ],
    );
  }
};
