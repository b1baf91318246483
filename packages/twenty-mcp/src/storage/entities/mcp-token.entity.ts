import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

import { MCP_SCHEMA_NAME } from '../../config/constants/mcp-schema-name.const';
import { type McpScope } from '../../domain/principal/types/mcp-scope.type';

// An MCP token as stored: only the SHA-256 of the secret, never the secret.
@Entity({ name: 'token', schema: MCP_SCHEMA_NAME })
@Check(
  'CHK_mcp_token_scopes',
  `"scopes" <@ ARRAY['read','write','delete','destroy','erase']::text[]`,
)
export class McpTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('IDX_mcp_token_workspaceId')
  @Column({ type: 'uuid' })
  workspaceId!: string;

  @Column({ type: 'varchar' })
  name!: string;

  @Index('IDX_mcp_token_tokenHash', { unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash!: string;

  // The first characters of the token, so people can tell tokens apart.
  @Column({ type: 'varchar' })
  displayPrefix!: string;

  // A Twenty role assignable to API keys: Twenty's permissions still apply.
  @Column({ type: 'uuid' })
  roleId!: string;

  @Column({ type: 'text', array: true })
  scopes!: McpScope[];

  // Object metadata ids the token is limited to; null: no limit.
  @Column({ type: 'uuid', array: true, nullable: true })
  objectMetadataIds!: string[] | null;

  @Column({ type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdByUserWorkspaceId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
