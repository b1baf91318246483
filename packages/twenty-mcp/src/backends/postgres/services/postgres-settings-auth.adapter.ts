import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';

import bcrypt from 'bcryptjs';
import { decode, sign } from 'jsonwebtoken';
import { type DataSource } from 'typeorm';

import { TWENTY_MCP_CONFIG } from '../../../config/constants/twenty-mcp-config.token';
import { type TwentyMcpConfig } from '../../../config/types/twenty-mcp-config.type';
import { TwentyMcpException } from '../../../domain/exceptions/twenty-mcp.exception';
import { TwentyMcpExceptionCode } from '../../../domain/exceptions/twenty-mcp-exception-code.enum';
import { type SettingsAuthPort } from '../../../ports/settings-auth.port';
import { type SettingsCredential } from '../../../domain/principal/types/settings-credential.type';
import { type Principal } from '../../../domain/principal/types/principal.type';
import { type SignInOutcome } from '../../../domain/principal/types/sign-in-outcome.type';
import { type WorkspaceRole } from '../../../domain/principal/types/workspace-role.type';
import { API_KEYS_PERMISSION_FLAG } from '../constants/api-keys-permission-flag.const';
import { USER_ACCESS_TOKEN } from '../constants/user-access-token.const';
import { PostgresAuthAdapter } from './postgres-auth.adapter';
import { WorkspaceSigningKeys } from './workspace-signing-keys.service';
import { isTwentyMcpException } from '../../../domain/exceptions/utils/is-twenty-mcp-exception.util';
import { refuseCredential } from '../../../domain/exceptions/utils/refuse-credential.util';
import { isUuid } from '../../../domain/values/utils/is-uuid.util';

// Compared against when the email is unknown, so a wrong email takes as
// long as a wrong password and does not reveal who has an account.
const DUMMY_HASH = bcrypt.hashSync('not-a-password', 10);

const refuse = (reason: string): never =>
  refuseCredential(
    reason,
    'Sign in again: the credential is invalid or has expired.',
  );

type SignInRow = {
  userId: string;
  passwordHash: string | null;
  userWorkspaceId: string;
  workspaceId: string;
  displayName: string | null;
};

// The settings API's view of Twenty's auth tables: user access tokens as
// Twenty mints them (so Twenty's own session works), API keys through the
// MCP auth adapter, and the role checks Twenty's API-key settings use.
@Injectable()
export class PostgresSettingsAuthAdapter implements SettingsAuthPort {
  private readonly dataSource: DataSource;

  constructor(
    @Inject(TWENTY_MCP_CONFIG) config: TwentyMcpConfig,
    private readonly signingKeys: WorkspaceSigningKeys,
    private readonly apiKeys: PostgresAuthAdapter,
  ) {
    this.dataSource = config.dataSource;
  }

  async authenticate(bearerToken: string): Promise<SettingsCredential> {
    const decoded = decode(bearerToken, { json: true });

    if (decoded?.type === USER_ACCESS_TOKEN.type) {
      return this.authenticateUser(bearerToken, decoded);
    }

    const principal = await this.apiKeys.authenticate(bearerToken);

    if (principal.kind === 'twentyApplication') {
      return this.describeApplicationUser(principal, decoded);
    }

    return this.describe({
      workspaceId: principal.workspaceId,
      kind: 'apiKey',
      credentialId: principal.credentialId,
      name: principal.name,
      roleId: principal.roleId,
    });
  }

  async signIn({
    email,
    password,
    workspaceId,
  }: {
    email: string;
    password: string;
    workspaceId: string | null;
  }): Promise<SignInOutcome> {
    // Sessions of this form are Twenty's HS256 access tokens, signed with
    // a secret derived from APP_SECRET; newest Twenty may have none.
    if (!this.signingKeys.hasAppSecret) {
      throw new TwentyMcpException(
        'Password sign-in is not available on this server: it needs Twenty’s APP_SECRET, which is not configured. Use “Sign in with Twenty”, or ask your administrator.',
        TwentyMcpExceptionCode.SERVICE_UNAVAILABLE,
      );
    }

    const rows = (await this.dataSource.query(
      `SELECT u."id" AS "userId", u."passwordHash", uw."id" AS "userWorkspaceId",
              w."id" AS "workspaceId", w."displayName"
         FROM core."user" u
         JOIN core."userWorkspace" uw ON uw."userId" = u."id" AND uw."deletedAt" IS NULL
         JOIN core."workspace" w ON w."id" = uw."workspaceId" AND w."deletedAt" IS NULL
                                AND w."activationStatus" = 'ACTIVE'
        WHERE u."email" = $1 AND u."deletedAt" IS NULL AND NOT u."disabled"
        ORDER BY w."displayName", w."id"`,
      [email],
    )) as SignInRow[];
    const passwordHash = rows[0]?.passwordHash ?? DUMMY_HASH;
    const matches = await bcrypt.compare(password, passwordHash);

    if (!matches || rows.length === 0 || !rows[0].passwordHash) {
      throw new TwentyMcpException(
        'Wrong email or password.',
        TwentyMcpExceptionCode.UNAUTHENTICATED,
      );
    }

    const workspaces = rows.map((row) => ({
      id: row.workspaceId,
      displayName: row.displayName ?? 'Untitled workspace',
    }));
    const chosen = workspaceId
      ? rows.find((row) => row.workspaceId === workspaceId)
      : rows.length === 1
        ? rows[0]
        : undefined;

    if (!chosen) {
      if (workspaceId) {
        throw new TwentyMcpException(
          'You are not a member of that workspace.',
          TwentyMcpExceptionCode.UNAUTHENTICATED,
        );
      }

      return { kind: 'chooseWorkspace', workspaces };
    }

    const expiresAt = new Date(
      Date.now() + USER_ACCESS_TOKEN.lifetimeSeconds * 1000,
    );
    const accessToken = sign(
      {
        sub: chosen.userId,
        userId: chosen.userId,
        workspaceId: chosen.workspaceId,
        userWorkspaceId: chosen.userWorkspaceId,
        type: USER_ACCESS_TOKEN.type,
        authProvider: 'password',
      },
      this.signingKeys.get(chosen.workspaceId, USER_ACCESS_TOKEN.type),
      {
        algorithm: USER_ACCESS_TOKEN.algorithm,
        expiresIn: USER_ACCESS_TOKEN.lifetimeSeconds,
        jwtid: randomUUID(),
      },
    );

    return {
      kind: 'signedIn',
      accessToken,
      expiresAt,
      workspace: workspaces.find(({ id }) => id === chosen.workspaceId)!,
    };
  }

  async listRoles(workspaceId: string): Promise<WorkspaceRole[]> {
    return (await this.dataSource.query(
      `SELECT "id", "label", "description", "canBeAssignedToApiKeys" FROM core."role"
        WHERE "workspaceId" = $1
        ORDER BY "label", "id"`,
      [workspaceId],
    )) as WorkspaceRole[];
  }

  private async authenticateUser(
    token: string,
    decoded: Record<string, unknown>,
  ): Promise<SettingsCredential> {
    const { workspaceId, userWorkspaceId, sub } = decoded;

    if (!isUuid(workspaceId) || !isUuid(userWorkspaceId)) {
      return refuse('access token without workspace or user workspace');
    }

    // ES256 (Twenty >= 2.5 signs sessions with its instance key) or HS256
    // with the workspace ACCESS secret (older Twenty, and this page's own
    // sign-in).
    try {
      await this.signingKeys.verify(token, {
        workspaceId,
        secretTypes: [USER_ACCESS_TOKEN.type],
      });
    } catch (error) {
      if (!isTwentyMcpException(error)) {
        throw error;
      }

      return refuse(
        `access token does not verify: ${String(error.details?.reason)}`,
      );
    }

    return this.describeUser({ workspaceId, userWorkspaceId, userId: sub });
  }

  // The member a verified token names, with the role Twenty gives them.
  private async describeUser({
    workspaceId,
    userWorkspaceId,
    userId,
  }: {
    workspaceId: string;
    userWorkspaceId: string;
    userId: unknown;
  }): Promise<SettingsCredential> {
    const [user] = (await this.dataSource.query(
      `SELECT u."id", u."firstName", u."lastName", u."email", t."roleId"
         FROM core."userWorkspace" uw
         JOIN core."user" u ON u."id" = uw."userId" AND u."deletedAt" IS NULL AND NOT u."disabled"
         LEFT JOIN core."roleTarget" t ON t."userWorkspaceId" = uw."id" AND t."workspaceId" = uw."workspaceId"
        WHERE uw."id" = $1 AND uw."workspaceId" = $2 AND uw."deletedAt" IS NULL`,
      [userWorkspaceId, workspaceId],
    )) as {
      id: string;
      firstName: string;
      lastName: string;
      email: string;
      roleId: string | null;
    }[];

    if (!user || (typeof userId === 'string' && userId !== user.id)) {
      return refuse('user is no longer a member of the workspace');
    }

    if (!user.roleId) {
      return refuse('user has no role in the workspace');
    }

    return this.describe({
      workspaceId,
      kind: 'user',
      credentialId: userWorkspaceId,
      name: `${user.firstName} ${user.lastName}`.trim() || user.email,
      roleId: user.roleId,
    });
  }

  // Twenty's application token for a user — what signing in to this page
  // with Twenty returns — is that user. An application with a role of its
  // own would narrow the user's rights, which the token rules of this page
  // do not model: such a token is for /mcp, not for managing MCP.
  private describeApplicationUser(
    principal: Principal,
    decoded: Record<string, unknown> | null,
  ): Promise<SettingsCredential> {
    const userWorkspaceId = decoded?.userWorkspaceId;

    if (!principal.workspaceMemberId || !isUuid(userWorkspaceId)) {
      return refuse('application token not issued for a user');
    }

    if (
      principal.applicationRoleId &&
      principal.applicationRoleId !== principal.roleId
    ) {
      throw new TwentyMcpException(
        'This Twenty application has a role of its own, so its tokens cannot manage MCP. Sign in to the MCP settings with your Twenty account.',
        TwentyMcpExceptionCode.FORBIDDEN,
      );
    }

    return this.describeUser({
      workspaceId: principal.workspaceId,
      userWorkspaceId,
      userId: decoded?.userId,
    });
  }

  private async describe(
    credential: Pick<
      SettingsCredential,
      'workspaceId' | 'kind' | 'credentialId' | 'name' | 'roleId'
    >,
  ): Promise<SettingsCredential> {
    const [row] = (await this.dataSource.query(
      `SELECT w."displayName", r."label", r."canUpdateAllSettings",
              EXISTS (
                SELECT 1 FROM core."rolePermissionFlag" rpf
                  JOIN core."permissionFlag" pf ON pf."id" = rpf."permissionFlagId"
                 WHERE rpf."roleId" = r."id" AND pf."key" = $3
              ) AS "hasApiKeysFlag"
         FROM core."workspace" w
         JOIN core."role" r ON r."id" = $2 AND r."workspaceId" = w."id"
        WHERE w."id" = $1 AND w."deletedAt" IS NULL AND w."activationStatus" = 'ACTIVE'`,
      [credential.workspaceId, credential.roleId, API_KEYS_PERMISSION_FLAG],
    )) as {
      displayName: string | null;
      label: string;
      canUpdateAllSettings: boolean;
      hasApiKeysFlag: boolean;
    }[];

    if (!row) {
      return refuse('workspace inactive or role missing');
    }

    return {
      ...credential,
      workspaceName: row.displayName ?? 'Untitled workspace',
      roleLabel: row.label,
      canManageApiKeys: row.canUpdateAllSettings || row.hasApiKeysFlag,
    };
  }
}
