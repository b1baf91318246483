import { Injectable } from '@nestjs/common';
import { type DataSource, IsNull } from 'typeorm';

import { MCP_SCOPES } from '../../domain/principal/types/mcp-scope.type';
import { MCP_TOKEN_FORMAT } from '../constants/mcp-token-format.const';
import { MCP_TOKEN_LAST_USED_RESOLUTION_SECONDS } from '../constants/mcp-token-last-used-resolution.const';
import { McpTokenEntity } from '../entities/mcp-token.entity';
import { type IssueMcpTokenInput } from '../types/issue-mcp-token-input.type';
import { generateMcpToken } from '../utils/generate-mcp-token.util';
import { hashMcpToken } from '../utils/hash-mcp-token.util';
import { queryPrepared } from '../utils/query-prepared.util';
import { McpStorage } from './mcp-storage.service';
import { refuseCredential } from '../../domain/exceptions/utils/refuse-credential.util';

// MCP tokens: issued with the secret shown once, stored as a hash, looked
// up on every request so a revocation holds from the next call on.
@Injectable()
export class McpTokenService {
  private readonly dataSource: DataSource;

  constructor(storage: McpStorage) {
    this.dataSource = storage.dataSource;
  }

  async issue(
    input: IssueMcpTokenInput,
  ): Promise<{ token: string; record: McpTokenEntity }> {
    const token = generateMcpToken();
    const scopes = MCP_SCOPES.filter((scope) => input.scopes.includes(scope));
    const repository = this.dataSource.getRepository(McpTokenEntity);
    const record = await repository.save(
      repository.create({
        workspaceId: input.workspaceId,
        name: input.name,
        tokenHash: hashMcpToken(token),
        displayPrefix: token.slice(0, MCP_TOKEN_FORMAT.displayLength),
        roleId: input.roleId,
        scopes,
        objectMetadataIds: input.objectMetadataIds
          ? [...new Set(input.objectMetadataIds)]
          : null,
        expiresAt: input.expiresAt,
        createdByUserWorkspaceId: input.createdByUserWorkspaceId,
      }),
    );

    return { token, record };
  }

  // Active and past tokens, newest first; revoked ones stay listed.
  list(workspaceId: string): Promise<McpTokenEntity[]> {
    return this.dataSource
      .getRepository(McpTokenEntity)
      .find({ where: { workspaceId }, order: { createdAt: 'DESC' } });
  }

  findOne(workspaceId: string, id: string): Promise<McpTokenEntity | null> {
    return this.dataSource
      .getRepository(McpTokenEntity)
      .findOneBy({ workspaceId, id });
  }

  // Idempotent: revoking a revoked token keeps its first revocation time.
  async revoke(
    workspaceId: string,
    id: string,
  ): Promise<McpTokenEntity | null> {
    const repository = this.dataSource.getRepository(McpTokenEntity);

    await repository.update(
      { workspaceId, id, revokedAt: IsNull() },
      { revokedAt: new Date() },
    );

    return repository.findOneBy({ workspaceId, id });
  }

  async authenticate(token: string): Promise<McpTokenEntity> {
    if (!MCP_TOKEN_FORMAT.pattern.test(token)) {
      return refuseCredential('malformed MCP token');
    }

    // One round trip, prepared: the row, and its last use noted (at most
    // once per resolution) when it is neither revoked nor expired.
    const [row] = await queryPrepared<McpTokenEntity>(
      this.dataSource,
      `WITH "found" AS (
         SELECT * FROM "mcp"."token" WHERE "tokenHash" = $1
       ), "touched" AS (
         UPDATE "mcp"."token" t SET "lastUsedAt" = now()
           FROM "found" f
          WHERE t."id" = f."id"
            AND f."revokedAt" IS NULL
            AND (f."expiresAt" IS NULL OR f."expiresAt" > now())
            AND (f."lastUsedAt" IS NULL OR f."lastUsedAt" < now() - make_interval(secs => $2))
       )
       SELECT * FROM "found"`,
      [hashMcpToken(token), MCP_TOKEN_LAST_USED_RESOLUTION_SECONDS],
    );

    if (!row) {
      return refuseCredential('MCP token not found');
    }

    if (row.revokedAt) {
      return refuseCredential('MCP token revoked');
    }

    if (row.expiresAt && row.expiresAt.getTime() <= Date.now()) {
      return refuseCredential('MCP token expired');
    }

    return row;
  }
}
