import { type KeyObject } from 'node:crypto';

import { importSPKI } from 'jose';
import { type DataSource } from 'typeorm';

import { TWENTY_JWT } from '../constants/twenty-jwt.const';
import { isUuid } from '../../../domain/values/utils/is-uuid.util';

// PostgreSQL's undefined_table: a Twenty older than 2.5 has no signing keys.
const UNDEFINED_TABLE = '42P01';

type Entry = { key: KeyObject | null; expiresAt: number };

// The public keys of Twenty's instance signing keys by id (the JWT `kid`),
// read from core."signingKey" and cached briefly, unknown ids included so
// a flood of made-up kids costs one query each per TTL. A revoked key, a
// key that is not a P-256 public key, an id that is no uuid and a database
// without the table all give null: the token is refused.
export class SigningPublicKeyCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly dataSource: DataSource) {}

  async find(kid: string): Promise<KeyObject | null> {
    if (!isUuid(kid)) {
      return null;
    }

    const now = Date.now();
    const cached = this.entries.get(kid);

    if (cached && cached.expiresAt > now) {
      return cached.key;
    }

    const key = await this.load(kid);

    this.entries.delete(kid);

    if (this.entries.size >= TWENTY_JWT.signingKeyCacheEntries) {
      this.entries.delete(this.entries.keys().next().value!);
    }

    this.entries.set(kid, {
      key,
      expiresAt: now + TWENTY_JWT.signingKeyCacheMs,
    });

    return key;
  }

  private async load(kid: string): Promise<KeyObject | null> {
    let rows: { publicKey: string }[];

    try {
      rows = (await this.dataSource.query(
        `SELECT "publicKey" FROM core."signingKey" WHERE "id" = $1 AND "revokedAt" IS NULL`,
        [kid],
      )) as { publicKey: string }[];
    } catch (error) {
      if ((error as { code?: unknown }).code === UNDEFINED_TABLE) {
        return null;
      }

      throw error;
    }

    if (!rows[0]) {
      return null;
    }

    try {
      return (await importSPKI(
        rows[0].publicKey,
        TWENTY_JWT.asymmetricAlgorithm,
      )) as KeyObject;
    } catch {
      return null;
    }
  }
}
