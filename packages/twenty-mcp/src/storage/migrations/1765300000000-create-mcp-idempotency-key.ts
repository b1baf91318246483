import { type MigrationInterface, type QueryRunner } from 'typeorm';

// Idempotency keys of create calls (docs/guardrails.md): a key is claimed
// in the same transaction as the records it creates, so it exists exactly
// when they do; a retry with the key finds the ids and creates nothing.
export class CreateMcpIdempotencyKey1765300000000 implements MigrationInterface {
  name = 'CreateMcpIdempotencyKey1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "mcp"."idempotencyKey" (
        "workspaceId" uuid NOT NULL,
        "credentialId" varchar NOT NULL,
        "key" varchar(255) NOT NULL,
        "argumentsHash" char(64) NOT NULL,
        "recordIds" uuid[] NOT NULL DEFAULT '{}',
        "createdAt" timestamptz NOT NULL DEFAULT now(),
        "expiresAt" timestamptz NOT NULL,
        PRIMARY KEY ("workspaceId", "credentialId", "key")
      )`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "mcp"."idempotencyKey"`);
  }
}
