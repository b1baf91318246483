import { type MigrationInterface, type QueryRunner } from 'typeorm';

// The module's own tables. Identifiers are camelCase like Twenty's core
// tables; no foreign keys into `core`, so Twenty can drop a workspace or a
// role without knowing this schema exists (stale rows are ignored).
export class CreateMcpSchema1764000000000 implements MigrationInterface {
  name = 'CreateMcpSchema1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "mcp"`);
    await queryRunner.query(
      `CREATE TABLE "mcp"."workspaceSettings" (
        "workspaceId" uuid PRIMARY KEY,
        "isEnabled" boolean NOT NULL DEFAULT false,
        "exposeNewObjects" boolean NOT NULL DEFAULT false,
        "version" integer NOT NULL DEFAULT 1,
        "createdAt" timestamptz NOT NULL DEFAULT now(),
        "updatedAt" timestamptz NOT NULL DEFAULT now()
      )`,
    );
    await queryRunner.query(
      `CREATE TABLE "mcp"."objectExposure" (
        "workspaceId" uuid NOT NULL,
        "objectMetadataId" uuid NOT NULL,
        "canRead" boolean NOT NULL,
        "canCreate" boolean NOT NULL,
        "canUpdate" boolean NOT NULL,
        "canDelete" boolean NOT NULL,
        "hiddenFieldMetadataIds" uuid[] NOT NULL DEFAULT '{}',
        "updatedAt" timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY ("workspaceId", "objectMetadataId")
      )`,
    );
    await queryRunner.query(
      `CREATE TABLE "mcp"."token" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "workspaceId" uuid NOT NULL,
        "name" varchar NOT NULL,
        "tokenHash" char(64) NOT NULL,
        "displayPrefix" varchar NOT NULL,
        "roleId" uuid NOT NULL,
        "scopes" text[] NOT NULL,
        "objectMetadataIds" uuid[],
        "expiresAt" timestamptz,
        "lastUsedAt" timestamptz,
        "revokedAt" timestamptz,
        "createdByUserWorkspaceId" uuid,
        "createdAt" timestamptz NOT NULL DEFAULT now(),
        "updatedAt" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "CHK_mcp_token_scopes" CHECK ("scopes" <@ ARRAY['read','write','delete','destroy']::text[])
      )`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_mcp_token_tokenHash" ON "mcp"."token" ("tokenHash")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_mcp_token_workspaceId" ON "mcp"."token" ("workspaceId")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "mcp"."token"`);
    await queryRunner.query(`DROP TABLE "mcp"."objectExposure"`);
    await queryRunner.query(`DROP TABLE "mcp"."workspaceSettings"`);
  }
}
