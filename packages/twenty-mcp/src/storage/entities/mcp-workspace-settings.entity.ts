import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';

import { MCP_SCHEMA_NAME } from '../constants/mcp-schema-name.const';

// One row per workspace an admin has configured. No row means the defaults:
// MCP off, new custom objects not exposed.
@Entity({ name: 'workspaceSettings', schema: MCP_SCHEMA_NAME })
export class McpWorkspaceSettingsEntity {
  @PrimaryColumn({ type: 'uuid' })
  workspaceId!: string;

  @Column({ type: 'boolean', default: false })
  isEnabled!: boolean;

  // Custom objects without an exposure row are exposed only when this is on.
  @Column({ type: 'boolean', default: false })
  exposeNewObjects!: boolean;

  // Bumped by every change to settings or exposure, so cached tool sets are
  // rebuilt and open streams get list_changed.
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
