import { type MigrationInterface, type QueryRunner } from 'typeorm';

// Erasure of a person (docs/guardrails.md, "Erasure"): MCP tokens may carry
// the `erase` scope, and a workspace may say which fields of other records
// hold contact details to clear (null: every Emails and Phones field).
export class AddErasure1765400000000 implements MigrationInterface {
  name = 'AddErasure1765400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "mcp"."token"
        DROP CONSTRAINT "CHK_mcp_token_scopes",
        ADD CONSTRAINT "CHK_mcp_token_scopes" CHECK ("scopes" <@ ARRAY['read','write','delete','destroy','erase']::text[])`,
    );
    await queryRunner.query(
      `ALTER TABLE "mcp"."workspaceSettings"
        ADD COLUMN "erasureContactFields" text[]`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "mcp"."workspaceSettings" DROP COLUMN "erasureContactFields"`,
    );
    await queryRunner.query(
      `UPDATE "mcp"."token" SET "scopes" = array_remove("scopes", 'erase')`,
    );
    await queryRunner.query(
      `ALTER TABLE "mcp"."token"
        DROP CONSTRAINT "CHK_mcp_token_scopes",
        ADD CONSTRAINT "CHK_mcp_token_scopes" CHECK ("scopes" <@ ARRAY['read','write','delete','destroy']::text[])`,
    );
  }
}
