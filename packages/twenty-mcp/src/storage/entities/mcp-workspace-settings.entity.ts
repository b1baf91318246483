import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';

import { MCP_SCHEMA_NAME } from '../../config/constants/mcp-schema-name.const';

// One row per workspace an admin has configured. No row means the defaults:
// MCP off, new custom objects not exposed.
@Entity({ name: 'workspaceSettings', schema: MCP_SCHEMA_NAME })
@Check(
  'workspaceSettings_readCallsPerTokenPerHour_check',
  '"readCallsPerTokenPerHour" > 0',
)
@Check(
  'workspaceSettings_writeCallsPerTokenPerHour_check',
  '"writeCallsPerTokenPerHour" > 0',
)
@Check(
  'workspaceSettings_callsPerWorkspacePerHour_check',
  '"callsPerWorkspacePerHour" > 0',
)
@Check(
  'CHK_mcp_workspaceSettings_auditRetentionDays',
  '"auditRetentionDays" >= 0',
)
export class McpWorkspaceSettingsEntity {
  @PrimaryColumn({ type: 'uuid' })
  workspaceId!: string;

  @Column({ type: 'boolean', default: false })
  isEnabled!: boolean;

  // Custom objects without an exposure row are exposed only when this is on.
  @Column({ type: 'boolean', default: false })
  exposeNewObjects!: boolean;

  // Hourly tool-call limits of this workspace (docs/limits.md); null: the
  // instance's default.
  @Column({ type: 'integer', nullable: true })
  readCallsPerTokenPerHour!: number | null;

  @Column({ type: 'integer', nullable: true })
  writeCallsPerTokenPerHour!: number | null;

  @Column({ type: 'integer', nullable: true })
  callsPerWorkspacePerHour!: number | null;

  // Bumped by every change to settings or exposure, so cached tool sets are
  // rebuilt and open streams get list_changed.
  @Column({ type: 'integer', default: 1 })
  version!: number;

  // The audit trail keeps each tool call's arguments, not only their hash
  // (docs/audit-trail.md); off by default: arguments hold record data.
  @Column({ type: 'boolean', default: false })
  auditRecordArguments!: boolean;

  // Audit rows older than this are pruned; 0 keeps them forever.
  @Column({ type: 'integer', default: 365 })
  auditRetentionDays!: number;

  // Fields of other records ("object.field") in which erasing a person
  // clears their email addresses and phone numbers (docs/guardrails.md,
  // "Erasure"); null: every Emails and Phones field of other objects.
  @Column({ type: 'text', array: true, nullable: true })
  erasureContactFields!: string[] | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
