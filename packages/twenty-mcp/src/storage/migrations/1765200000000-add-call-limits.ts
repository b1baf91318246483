import { type MigrationInterface, type QueryRunner } from 'typeorm';

// Per-workspace hourly tool-call limits (docs/limits.md, "Call limits");
// null keeps the instance's default, so existing rows change nothing.
export class AddCallLimits1765200000000 implements MigrationInterface {
  name = 'AddCallLimits1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "mcp"."workspaceSettings"
        ADD COLUMN "readCallsPerTokenPerHour" integer
          CONSTRAINT "workspaceSettings_readCallsPerTokenPerHour_check" CHECK ("readCallsPerTokenPerHour" > 0),
        ADD COLUMN "writeCallsPerTokenPerHour" integer
          CONSTRAINT "workspaceSettings_writeCallsPerTokenPerHour_check" CHECK ("writeCallsPerTokenPerHour" > 0),
        ADD COLUMN "callsPerWorkspacePerHour" integer
          CONSTRAINT "workspaceSettings_callsPerWorkspacePerHour_check" CHECK ("callsPerWorkspacePerHour" > 0)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "mcp"."workspaceSettings"
        DROP COLUMN "readCallsPerTokenPerHour",
        DROP COLUMN "writeCallsPerTokenPerHour",
        DROP COLUMN "callsPerWorkspacePerHour"`,
    );
  }
}
