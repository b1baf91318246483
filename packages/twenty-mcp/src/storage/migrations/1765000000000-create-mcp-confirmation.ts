import { type MigrationInterface, type QueryRunner } from 'typeorm';

// Pending confirmations of destructive operations (docs/guardrails.md):
// shared by every instance, so a preview on one and its confirmation on
// another work. Only the token's SHA-256 is stored; a consumed row stays
// until it has expired, so a replay is told "already used".
export class CreateMcpConfirmation1765000000000 implements MigrationInterface {
  name = 'CreateMcpConfirmation1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "mcp"."confirmation" (
        "tokenHash" char(64) PRIMARY KEY,
        "workspaceId" uuid NOT NULL,
        "principalKind" varchar NOT NULL,
        "credentialId" varchar NOT NULL,
        "operationHash" char(64) NOT NULL,
        "expiresAt" timestamptz NOT NULL,
        "consumedAt" timestamptz,
        "createdAt" timestamptz NOT NULL DEFAULT now()
      )`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_mcp_confirmation_expiresAt" ON "mcp"."confirmation" ("expiresAt")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "mcp"."confirmation"`);
  }
}
