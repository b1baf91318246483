import { type MigrationInterface, type QueryRunner } from 'typeorm';

// Which read shapes (order, filter fields, dimensions; never values) AI
// clients use per object, counted for the index advisor
// (docs/index-advisor.md).
export class CreateQueryUsage1765500000000 implements MigrationInterface {
  name = 'CreateQueryUsage1765500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "mcp"."queryUsage" (
        "workspaceId" uuid NOT NULL,
        "objectName" varchar(255) NOT NULL,
        "shapeKey" char(16) NOT NULL,
        "shape" jsonb NOT NULL,
        "calls" bigint NOT NULL,
        "firstUsedAt" timestamptz NOT NULL,
        "lastUsedAt" timestamptz NOT NULL,
        PRIMARY KEY ("workspaceId", "objectName", "shapeKey")
      )`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "mcp"."queryUsage"`);
  }
}
