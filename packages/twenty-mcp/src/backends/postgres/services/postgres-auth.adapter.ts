import { Inject, Injectable, Optional } from '@nestjs/common';
import { decode } from 'jsonwebtoken';
import { type DataSource } from 'typeorm';

import { TWENTY_MCP_CONFIG } from '../../../config/constants/twenty-mcp-config.token';
import { type TwentyMcpConfig } from '../../../config/types/twenty-mcp-config.type';
import { TwentyMcpException } from '../../../domain/exceptions/twenty-mcp.exception';
import { TwentyMcpExceptionCode } from '../../../domain/exceptions/twenty-mcp-exception-code.enum';
import { type AuthPort } from '../../../ports/auth.port';
import { TWENTY_CREDENTIAL_SCOPES } from '../../../domain/principal/types/mcp-scope.type';
import { type Principal } from '../../../domain/principal/types/principal.type';
import { type WorkspaceUser } from '../../../domain/principal/types/workspace-user.type';
import { API_KEY_JWT } from '../constants/api-key-jwt.const';
import { findWorkspaceUser } from '../utils/find-workspace-user.util';
import { APPLICATION_ACCESS_JWT } from '../constants/application-access-jwt.const';
import { TwentyApplicationTokens } from './twenty-application-tokens.service';
import { PostgresReadPool } from './postgres-read-pool.service';
import { WorkspaceSigningKeys } from './workspace-signing-keys.service';
import { refuseCredential } from '../../../domain/exceptions/utils/refuse-credential.util';
import { isUuid } from '../../../domain/values/utils/is-uuid.util';

type ApiKeyRow = {
  name: string;
  expiresAt: Date;
  revokedAt: Date | null;
  roleId: string | null;
  activationStatus: string;
};

// Accepts Twenty API keys exactly as Twenty's server does: a JWT signed with
// the workspace's derived secret, whose jti names a core."apiKey" row that is
// neither revoked nor expired and has a role. Tokens Twenty issues to
// applications and OAuth clients go to TwentyApplicationTokens.
@Injectable()
export class PostgresAuthAdapter implements AuthPort {
  private readonly dataSource: DataSource;

  private readonly readPool: PostgresReadPool;

  constructor(
    @Inject(TWENTY_MCP_CONFIG) config: TwentyMcpConfig,
    private readonly signingKeys: WorkspaceSigningKeys,
    private readonly applicationTokens: TwentyApplicationTokens,
    // Absent when the adapter is built by hand: a pool of its own.
    @Optional() readPool?: PostgresReadPool,
  ) {
    this.dataSource = config.dataSource;
    this.readPool = readPool ?? new PostgresReadPool(config);
  }

  async authenticate(bearerToken: string): Promise<Principal> {
    const decoded = decode(bearerToken, { json: true });
    const workspaceId = decoded?.workspaceId ?? decoded?.sub;

    if (!isUuid(workspaceId)) {
      return refuseCredential('not a Twenty token for a workspace');
    }

    if (decoded?.type === APPLICATION_ACCESS_JWT.type) {
      return this.applicationTokens.authenticate(bearerToken, workspaceId);
    }

    if (decoded?.type !== API_KEY_JWT.type) {
      return refuseCredential('not a Twenty API-key or application token');
    }

    const payload = await this.signingKeys.verify(bearerToken, {
      workspaceId,
      secretTypes: API_KEY_JWT.secretTypes,
    });
    const apiKeyId = payload.jti;

    if (!isUuid(apiKeyId)) {
      return refuseCredential('token has no API key id');
    }

    // On every call: prepared, on the read pool (one round trip).
    const [row] = await this.readPool.query<ApiKeyRow>({
      sql: `SELECT k."name", k."expiresAt", k."revokedAt", t."roleId", w."activationStatus"
         FROM core."apiKey" k
         JOIN core."workspace" w ON w."id" = k."workspaceId" AND w."deletedAt" IS NULL
         LEFT JOIN core."roleTarget" t ON t."apiKeyId" = k."id" AND t."workspaceId" = k."workspaceId"
        WHERE k."id" = $1 AND k."workspaceId" = $2`,
      params: [apiKeyId, workspaceId],
    });

    if (!row) {
      return refuseCredential('API key not found in its workspace');
    }

    if (row.revokedAt !== null) {
      return refuseCredential('API key revoked');
    }

    if (new Date(row.expiresAt).getTime() <= Date.now()) {
      return refuseCredential('API key expired');
    }

    if (row.activationStatus !== 'ACTIVE') {
      throw new TwentyMcpException(
        'This workspace is not active.',
        TwentyMcpExceptionCode.WORKSPACE_UNAVAILABLE,
      );
    }

    // A valid key, but nothing it may do: authorisation, not authentication.
    if (!row.roleId) {
      throw new TwentyMcpException(
        'This API key has no role in its workspace, so it may do nothing. A workspace admin can assign one in Twenty under Settings → APIs & Webhooks.',
        TwentyMcpExceptionCode.FORBIDDEN,
      );
    }

    return {
      workspaceId,
      kind: 'apiKey',
      credentialId: apiKeyId,
      name: row.name,
      roleId: row.roleId,
      workspaceMemberId: null,
      scopes: TWENTY_CREDENTIAL_SCOPES,
      objectAllowList: null,
    };
  }

  async isWorkspaceActive(workspaceId: string): Promise<boolean> {
    const rows = await this.readPool.query({
      sql: `SELECT 1 FROM core."workspace"
        WHERE "id" = $1 AND "deletedAt" IS NULL AND "activationStatus" = 'ACTIVE'`,
      params: [workspaceId],
    });

    return rows.length > 0;
  }

  findWorkspaceUser(query: {
    email: string;
    workspaceId: string | null;
  }): Promise<WorkspaceUser> {
    return findWorkspaceUser(this.dataSource, query);
  }
}
