import { Inject, Injectable } from '@nestjs/common';
import { decode } from 'jsonwebtoken';
import { type DataSource } from 'typeorm';

import { TWENTY_MCP_CONFIG } from '../../../config/constants/twenty-mcp-config.token';
import { type TwentyMcpConfig } from '../../../config/types/twenty-mcp-config.type';
import { TwentyMcpException } from '../../../domain/exceptions/twenty-mcp.exception';
import { TwentyMcpExceptionCode } from '../../../domain/exceptions/twenty-mcp-exception-code.enum';
import { type AuthPort } from '../../../ports/auth.port';
import { MCP_SCOPES } from '../../../domain/principal/types/mcp-scope.type';
import { type Principal } from '../../../domain/principal/types/principal.type';
import { type WorkspaceUser } from '../../../domain/principal/types/workspace-user.type';
import { API_KEY_JWT } from '../constants/api-key-jwt.const';
import { findWorkspaceUser } from '../utils/find-workspace-user.util';
import { WorkspaceSigningKeys } from './workspace-signing-keys.service';
import { refuseCredential } from '../../../domain/exceptions/utils/refuse-credential.util';

type ApiKeyRow = {
  name: string;
  expiresAt: Date;
  revokedAt: Date | null;
  roleId: string | null;
  activationStatus: string;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Accepts Twenty API keys exactly as Twenty's server does: a JWT signed with
// the workspace's derived secret, whose jti names a core."apiKey" row that is
// neither revoked nor expired and has a role.
@Injectable()
export class PostgresAuthAdapter implements AuthPort {
  private readonly dataSource: DataSource;

  constructor(
    @Inject(TWENTY_MCP_CONFIG) config: TwentyMcpConfig,
    private readonly signingKeys: WorkspaceSigningKeys,
  ) {
    this.dataSource = config.dataSource;
  }

  async authenticate(bearerToken: string): Promise<Principal> {
    const decoded = decode(bearerToken, { json: true });
    const workspaceId = decoded?.workspaceId ?? decoded?.sub;

    // Twenty applies an application token with a role this module cannot
    // reproduce from the database alone (docs/twenty-tokens.md).
    if (decoded?.type === API_KEY_JWT.applicationTokenType) {
      return refuseCredential('Twenty application tokens are not accepted');
    }

    if (
      !decoded ||
      decoded.type !== API_KEY_JWT.type ||
      typeof workspaceId !== 'string' ||
      !UUID.test(workspaceId)
    ) {
      return refuseCredential('not a Twenty API-key token');
    }

    const payload = await this.signingKeys.verify(bearerToken, {
      workspaceId,
      secretTypes: API_KEY_JWT.secretTypes,
    });
    const apiKeyId = payload.jti;

    if (typeof apiKeyId !== 'string' || !UUID.test(apiKeyId)) {
      return refuseCredential('token has no API key id');
    }

    const [row] = (await this.dataSource.query(
      `SELECT k."name", k."expiresAt", k."revokedAt", t."roleId", w."activationStatus"
         FROM core."apiKey" k
         JOIN core."workspace" w ON w."id" = k."workspaceId" AND w."deletedAt" IS NULL
         LEFT JOIN core."roleTarget" t ON t."apiKeyId" = k."id" AND t."workspaceId" = k."workspaceId"
        WHERE k."id" = $1 AND k."workspaceId" = $2`,
      [apiKeyId, workspaceId],
    )) as ApiKeyRow[];

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
      scopes: MCP_SCOPES,
      objectAllowList: null,
    };
  }

  async isWorkspaceActive(workspaceId: string): Promise<boolean> {
    const rows = (await this.dataSource.query(
      `SELECT 1 FROM core."workspace"
        WHERE "id" = $1 AND "deletedAt" IS NULL AND "activationStatus" = 'ACTIVE'`,
      [workspaceId],
    )) as unknown[];

    return rows.length > 0;
  }

  findWorkspaceUser(query: {
    email: string;
    workspaceId: string | null;
  }): Promise<WorkspaceUser> {
    return findWorkspaceUser(this.dataSource, query);
  }
}
