import { Inject, Injectable } from '@nestjs/common';
import { type DataSource } from 'typeorm';

import { TWENTY_MCP_CONFIG } from '../../../config/constants/twenty-mcp-config.token';
import { type TwentyMcpConfig } from '../../../config/types/twenty-mcp-config.type';
import { TwentyMcpException } from '../../../domain/exceptions/twenty-mcp.exception';
import { TwentyMcpExceptionCode } from '../../../domain/exceptions/twenty-mcp-exception-code.enum';
import { refuseCredential } from '../../../domain/exceptions/utils/refuse-credential.util';
import { TWENTY_CREDENTIAL_SCOPES } from '../../../domain/principal/types/mcp-scope.type';
import { type Principal } from '../../../domain/principal/types/principal.type';
import { APPLICATION_ACCESS_JWT } from '../constants/application-access-jwt.const';
import { AbsentTables } from '../utils/absent-tables.util';
import { findWorkspaceMember } from '../utils/find-workspace-member.util';
import { isUuid } from '../../../domain/values/utils/is-uuid.util';
import { WorkspaceSigningKeys } from './workspace-signing-keys.service';

const AUTHORIZATION_TABLE = 'core.applicationAuthorization';

type ApplicationRow = {
  name: string | null;
  defaultRoleId: string | null;
  activationStatus: string;
  databaseSchema: string | null;
};

type MembershipRow = { roleId: string | null; isAuthorizationRevoked: boolean };

// Tokens Twenty issues to applications — its OAuth clients (Claude.ai,
// ChatGPT, any DCR client) among them — accepted as Twenty's JWT strategy
// and role resolution accept them (docs/twenty-tokens.md): the application
// must be installed in the token's workspace; a token for a user acts with
// that user's role intersected with the application's default role, a
// token for the application alone with the application's role. Stricter
// than Twenty where Twenty would fall back: a user who left the workspace,
// or who revoked the application's access, is refused at once.
@Injectable()
export class TwentyApplicationTokens {
  private readonly dataSource: DataSource;
  private readonly absentTables = new AbsentTables();
  private hasAuthorizationTable = false;

  constructor(
    @Inject(TWENTY_MCP_CONFIG) config: TwentyMcpConfig,
    private readonly signingKeys: WorkspaceSigningKeys,
  ) {
    this.dataSource = config.dataSource;
  }

  async authenticate(token: string, workspaceId: string): Promise<Principal> {
    const claims = await this.signingKeys.verify(token, {
      workspaceId,
      secretTypes: APPLICATION_ACCESS_JWT.secretTypes,
    });
    const applicationId = claims.sub ?? claims.applicationId;
    const { userId, userWorkspaceId } = claims;

    if (claims.workspaceId !== workspaceId || !isUuid(applicationId)) {
      return refuseCredential('application token without application id');
    }

    const application = await this.findApplication(applicationId, workspaceId);

    if (userId === undefined && userWorkspaceId === undefined) {
      if (!application.defaultRoleId) {
        throw new TwentyMcpException(
          `The application "${application.name}" has no role in this workspace, so it may do nothing. A workspace admin can give it one in Twenty.`,
          TwentyMcpExceptionCode.FORBIDDEN,
        );
      }

      return {
        workspaceId,
        kind: 'twentyApplication',
        credentialId: applicationId,
        name: application.name,
        roleId: application.defaultRoleId,
        applicationRoleId: null,
        workspaceMemberId: null,
        scopes: TWENTY_CREDENTIAL_SCOPES,
        objectAllowList: null,
      };
    }

    if (!isUuid(userId) || !isUuid(userWorkspaceId)) {
      return refuseCredential('application token with a malformed user');
    }

    const membership = await this.findMembership({
      userId,
      userWorkspaceId,
      workspaceId,
      applicationId,
    });

    if (!membership.roleId) {
      throw new TwentyMcpException(
        'Your Twenty account has no role in this workspace, so it may do nothing. A workspace admin can assign one in Twenty under Settings → Members.',
        TwentyMcpExceptionCode.FORBIDDEN,
      );
    }

    const member = await findWorkspaceMember(this.dataSource, {
      schemaName: application.databaseSchema!,
      userId,
    });

    return {
      workspaceId,
      kind: 'twentyApplication',
      // One credential per user and application, across token refreshes:
      // what per-token limits and the activity log count.
      credentialId: `${applicationId}:${userWorkspaceId}`,
      name: member.name
        ? `${application.name} (${member.name})`
        : application.name,
      roleId: membership.roleId,
      applicationRoleId: application.defaultRoleId,
      workspaceMemberId: member.id,
      userId,
      scopes: TWENTY_CREDENTIAL_SCOPES,
      objectAllowList: null,
    };
  }

  // Read through to_jsonb so a Twenty version without the role column (an
  // application then has no role) reads the same.
  private async findApplication(
    applicationId: string,
    workspaceId: string,
  ): Promise<ApplicationRow & { name: string }> {
    const [row] = (await this.dataSource.query(
      `SELECT to_jsonb(a) ->> 'name' AS "name",
              to_jsonb(a) ->> 'defaultRoleId' AS "defaultRoleId",
              w."activationStatus", w."databaseSchema"
         FROM core."application" a
         JOIN core."workspace" w ON w."id" = a."workspaceId" AND w."deletedAt" IS NULL
        WHERE a."id" = $1 AND a."workspaceId" = $2
          AND to_jsonb(a) ->> 'deletedAt' IS NULL`,
      [applicationId, workspaceId],
    )) as ApplicationRow[];

    if (!row) {
      return refuseCredential('application not installed in its workspace');
    }

    if (row.activationStatus !== 'ACTIVE' || !row.databaseSchema) {
      throw new TwentyMcpException(
        'This workspace is not active.',
        TwentyMcpExceptionCode.WORKSPACE_UNAVAILABLE,
      );
    }

    return { ...row, name: row.name ?? 'Twenty application' };
  }

  private async findMembership({
    userId,
    userWorkspaceId,
    workspaceId,
    applicationId,
  }: {
    userId: string;
    userWorkspaceId: string;
    workspaceId: string;
    applicationId: string;
  }): Promise<MembershipRow> {
    const revoked = (await this.authorizationTableExists())
      ? `EXISTS (SELECT 1 FROM core."applicationAuthorization" aa
                  WHERE aa."userId" = u."id" AND aa."applicationId" = $4::uuid
                    AND aa."revokedAt" IS NOT NULL)`
      : '$4::uuid IS NULL';
    const [row] = (await this.dataSource.query(
      `SELECT t."roleId", ${revoked} AS "isAuthorizationRevoked"
         FROM core."userWorkspace" uw
         JOIN core."user" u ON u."id" = uw."userId" AND u."deletedAt" IS NULL AND NOT u."disabled"
         LEFT JOIN core."roleTarget" t ON t."userWorkspaceId" = uw."id" AND t."workspaceId" = uw."workspaceId"
        WHERE uw."id" = $1 AND uw."userId" = $2 AND uw."workspaceId" = $3
          AND uw."deletedAt" IS NULL`,
      [userWorkspaceId, userId, workspaceId, applicationId],
    )) as MembershipRow[];

    if (!row) {
      return refuseCredential(
        'the user of this application token is no longer a member of the workspace',
      );
    }

    if (row.isAuthorizationRevoked) {
      return refuseCredential("the user revoked this application's access");
    }

    return row;
  }

  // core."applicationAuthorization" is recent; older databases have no
  // revocation to honour beyond the token's own expiry.
  private async authorizationTableExists(): Promise<boolean> {
    if (this.hasAuthorizationTable) {
      return true;
    }

    if (this.absentTables.isKnownAbsent(AUTHORIZATION_TABLE)) {
      return false;
    }

    const [{ exists }] = (await this.dataSource.query(
      `SELECT to_regclass('core."applicationAuthorization"') IS NOT NULL AS "exists"`,
    )) as { exists: boolean }[];

    if (exists) {
      this.hasAuthorizationTable = true;
    } else {
      this.absentTables.markAbsent(AUTHORIZATION_TABLE);
    }

    return exists;
  }
}
