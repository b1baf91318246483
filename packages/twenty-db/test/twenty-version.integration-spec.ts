import { Command } from 'commander';
import { importSPKI, jwtVerify } from 'jose';

import { registerCheckCommand } from '../src/cli/commands/check.command';
import { detectTwentyVersion } from '../src/consistency/services/detect-twenty-version';
import { DEMO_SIGNING_KEYS } from '../src/signing-keys/constants/demo-signing-keys.const';
import {
  demoEs256Tokens,
  TEST_APP_SECRET,
  useTestDatabase,
} from '../src/testing';
import { deriveDemoSigningKey } from '../src/signing-keys/utils/derive-demo-signing-key.util';

// Runs `twenty-db check` in-process and returns what it printed.
const runCheck = async (databaseUrl: string) => {
  const lines: string[] = [];
  const log = jest
    .spyOn(console, 'log')
    .mockImplementation((line: string) => void lines.push(line));

  try {
    const program = new Command().exitOverride();

    registerCheckCommand(program);
    await program.parseAsync(['check', '--database-url', databaseUrl], {
      from: 'user',
    });

    return { output: lines.join('\n'), exitCode: process.exitCode };
  } finally {
    log.mockRestore();
    process.exitCode = undefined;
  }
};

describe('signing keys and Twenty version of the demo database', () => {
  const db = useTestDatabase();

  it('should seed one current, one rotated-out and one revoked ES256 key', async () => {
    const { rows } = await db.client.query<{
      id: string;
      publicKey: string;
      privateKey: string | null;
      isCurrent: boolean;
      revoked: boolean;
    }>(
      `SELECT "id", "publicKey", "privateKey", "isCurrent", "revokedAt" IS NOT NULL AS "revoked"
         FROM core."signingKey" ORDER BY "createdAt" DESC`,
    );

    expect(
      rows.map(({ id, isCurrent, revoked, privateKey }) => ({
        id,
        isCurrent,
        revoked,
        privateKey,
      })),
    ).toEqual([
      {
        id: DEMO_SIGNING_KEYS.current.id,
        isCurrent: true,
        revoked: false,
        privateKey: null,
      },
      {
        id: DEMO_SIGNING_KEYS.previous.id,
        isCurrent: false,
        revoked: false,
        privateKey: null,
      },
      {
        id: DEMO_SIGNING_KEYS.revoked.id,
        isCurrent: false,
        revoked: true,
        privateKey: null,
      },
    ]);
    expect(rows[0].publicKey).toBe(
      deriveDemoSigningKey({ appSecret: TEST_APP_SECRET, id: rows[0].id })
        .publicKeyPem,
    );
  });

  it("should refuse a second current key, as Twenty's unique index does", async () => {
    await expect(
      db.client.query(
        `UPDATE core."signingKey" SET "isCurrent" = true WHERE "id" = $1`,
        [DEMO_SIGNING_KEYS.previous.id],
      ),
    ).rejects.toThrow(/IDX_SIGNING_KEY_IS_CURRENT_UNIQUE/);
  });

  it("should mint ES256 demo tokens that verify with the current key's stored public key", async () => {
    const tokens = await demoEs256Tokens(db.database.url);
    const {
      rows: [{ publicKey }],
    } = await db.client.query<{ publicKey: string }>(
      `SELECT "publicKey" FROM core."signingKey" WHERE "isCurrent"`,
    );

    const { payload, protectedHeader } = await jwtVerify(
      tokens['MCP - read-only'],
      await importSPKI(publicKey, 'ES256'),
      { algorithms: ['ES256'] },
    );

    expect(protectedHeader.kid).toBe(DEMO_SIGNING_KEYS.current.id);
    expect(payload.type).toBe('API_KEY');
  });

  it('should date the seeded database from its newest dated column', async () => {
    await expect(detectTwentyVersion(db.client)).resolves.toEqual({
      recorded: null,
      range: { atLeast: '2.32.0', below: null },
      description: '>= 2.32.0 (inferred from the core schema)',
    });
  });

  it('should read the release Twenty recorded in core."upgradeMigration"', async () => {
    await db.client.query('BEGIN');

    try {
      await db.client.query(
        `CREATE TABLE core."upgradeMigration" ("name" varchar NOT NULL, "status" varchar NOT NULL)`,
      );
      await db.client.query(
        `INSERT INTO core."upgradeMigration" ("name", "status") VALUES
           ('2.9.0_AddLogicFunctionExecutionMode_1779000000000', 'completed'),
           ('2.40.0_AddIsAuditLoggedToFieldMetadata_1788885873410', 'completed'),
           ('2.41.0_CreateInboxTables_1789145652314', 'failed')`,
      );

      await expect(detectTwentyVersion(db.client)).resolves.toMatchObject({
        recorded: '2.40.0',
        description: '2.40.0 (recorded in core."upgradeMigration")',
      });
    } finally {
      await db.client.query('ROLLBACK');
    }
  });

  it('should print the assumed version and pass `check` on the seeded database', async () => {
    const { output, exitCode } = await runCheck(db.database.url);

    expect(output.split('\n')[0]).toBe(
      'Twenty version: >= 2.32.0 (inferred from the core schema)',
    );
    expect(exitCode).toBe(0);
  });

  it('should check a database from before 2.32 (no writability) without an SQL error', async () => {
    await db.client.query(
      `ALTER TABLE core."fieldMetadata" DROP COLUMN "writability";
       ALTER TABLE core."objectMetadata" DROP COLUMN "writability";`,
    );

    const { output, exitCode } = await runCheck(db.database.url);

    expect(output.split('\n')[0]).toBe(
      'Twenty version: >= 2.13.0, < 2.32.0 (inferred from the core schema)',
    );
    expect(output).not.toMatch(/column .* does not exist/);
    expect(exitCode).toBe(0);
  });
});
