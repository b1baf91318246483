import { type DataSource } from 'typeorm';

import { TwentyMcpException } from '../../../domain/exceptions/twenty-mcp.exception';
import { TwentyMcpExceptionCode } from '../../../domain/exceptions/twenty-mcp-exception-code.enum';
import { type WorkspaceUser } from '../../../domain/principal/types/workspace-user.type';
import { findWorkspaceMember } from './find-workspace-member.util';
import { refuseCredential } from '../../../domain/exceptions/utils/refuse-credential.util';

type MembershipRow = {
  userId: string;
  workspaceId: string;
  roleId: string | null;
  activationStatus: string;
  databaseSchema: string | null;
};

// The active Twenty user with this email as a member of one workspace: the
// given one, else their only one. `email` is citext, so the match ignores
// case as Twenty's sign-in does.
export const findWorkspaceUser = async (
  dataSource: DataSource,
  { email, workspaceId }: { email: string; workspaceId: string | null },
): Promise<WorkspaceUser> => {
  const memberships = (await dataSource.query(
    `SELECT u."id" AS "userId", uw."workspaceId", t."roleId",
            w."activationStatus", w."databaseSchema"
       FROM core."user" u
       JOIN core."userWorkspace" uw ON uw."userId" = u."id" AND uw."deletedAt" IS NULL
       JOIN core."workspace" w ON w."id" = uw."workspaceId" AND w."deletedAt" IS NULL
       LEFT JOIN core."roleTarget" t ON t."userWorkspaceId" = uw."id" AND t."workspaceId" = uw."workspaceId"
      WHERE u."email" = $1 AND u."deletedAt" IS NULL AND NOT u."disabled"
        AND ($2::uuid IS NULL OR uw."workspaceId" = $2::uuid)`,
    [email, workspaceId],
  )) as MembershipRow[];

  if (memberships.length === 0) {
    return refuseCredential(
      workspaceId
        ? 'no active Twenty user with this email in the configured workspace'
        : 'no active Twenty user with this email in any workspace',
    );
  }

  if (memberships.length > 1) {
    return refuseCredential(
      'the user belongs to several workspaces; configure the OAuth workspace id (MCP_OAUTH_WORKSPACE_ID)',
    );
  }

  const [membership] = memberships;

  if (!membership.roleId) {
    return refuseCredential('the user has no role in the workspace');
  }

  if (membership.activationStatus !== 'ACTIVE' || !membership.databaseSchema) {
    throw new TwentyMcpException(
      'This workspace is not active.',
      TwentyMcpExceptionCode.WORKSPACE_UNAVAILABLE,
    );
  }

  const member = await findWorkspaceMember(dataSource, {
    schemaName: membership.databaseSchema,
    userId: membership.userId,
  });

  return {
    workspaceId: membership.workspaceId,
    userId: membership.userId,
    roleId: membership.roleId,
    workspaceMemberId: member.id,
    name: member.name || email,
  };
};
