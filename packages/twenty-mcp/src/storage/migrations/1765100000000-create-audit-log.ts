import { type MigrationInterface, type QueryRunner } from 'typeorm';

// The audit trail (docs/audit-trail.md): one hash chain per workspace in
// "auditEvent", the retention checkpoint each chain starts from once old
// rows were pruned, and the two per-workspace audit settings.
export class CreateAuditLog1765100000000 implements MigrationInterface {
  name = 'CreateAuditLog1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "mcp"."auditEvent" (
        "workspaceId" uuid NOT NULL,
        "sequence" bigint NOT NULL,
        "eventId" uuid NOT NULL,
        "occurredAt" timestamptz NOT NULL,
        "kind" varchar NOT NULL,
        "principalKind" varchar NOT NULL,
        "principalId" varchar NOT NULL,
        "clientName" varchar,
        "clientVersion" varchar,
        "action" varchar NOT NULL,
        "object" varchar,
        "recordIds" text[] NOT NULL DEFAULT '{}',
        "argumentsHash" char(64),
        "arguments" jsonb,
        "outcome" varchar NOT NULL,
        "errorClass" varchar,
        "durationMs" integer,
        "requestId" varchar,
        "prevHash" char(64) NOT NULL,
        "hash" char(64) NOT NULL,
        PRIMARY KEY ("workspaceId", "sequence")
      )`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_mcp_auditEvent_eventId" ON "mcp"."auditEvent" ("workspaceId", "eventId")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_mcp_auditEvent_occurredAt" ON "mcp"."auditEvent" ("workspaceId", "occurredAt")`,
    );
    await queryRunner.query(
      `CREATE TABLE "mcp"."auditCheckpoint" (
        "workspaceId" uuid PRIMARY KEY,
        "prunedThroughSequence" bigint NOT NULL,
        "anchorHash" char(64) NOT NULL,
        "prunedAt" timestamptz NOT NULL DEFAULT now()
      )`,
    );
    await queryRunner.query(
      `ALTER TABLE "mcp"."workspaceSettings"
        ADD COLUMN "auditRecordArguments" boolean NOT NULL DEFAULT false,
        ADD COLUMN "auditRetentionDays" integer NOT NULL DEFAULT 365
          CONSTRAINT "CHK_mcp_workspaceSettings_auditRetentionDays" CHECK ("auditRetentionDays" >= 0)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "mcp"."workspaceSettings"
        DROP COLUMN "auditRetentionDays",
        DROP COLUMN "auditRecordArguments"`,
    );
    await queryRunner.query(`DROP TABLE "mcp"."auditCheckpoint"`);
    await queryRunner.query(`DROP TABLE "mcp"."auditEvent"`);
  }
}
