import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

import { MCP_SCHEMA_NAME } from '../../config/constants/mcp-schema-name.const';

// What an admin lets AI clients do with one object, on top of Twenty's
// roles: a row overrides the default exposure of that object.
@Entity({ name: 'objectExposure', schema: MCP_SCHEMA_NAME })
export class McpObjectExposureEntity {
  @PrimaryColumn({ type: 'uuid' })
  workspaceId!: string;

  @PrimaryColumn({ type: 'uuid' })
  objectMetadataId!: string;

  @Column({ type: 'boolean' })
  canRead!: boolean;

  @Column({ type: 'boolean' })
  canCreate!: boolean;

  @Column({ type: 'boolean' })
  canUpdate!: boolean;

  // Soft and hard deletes (and restores); hard deletes also need the
  // `destroy` scope and the role's permission.
  @Column({ type: 'boolean' })
  canDelete!: boolean;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  hiddenFieldMetadataIds!: string[];

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
