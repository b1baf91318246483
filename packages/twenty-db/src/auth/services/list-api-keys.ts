import { type ClientBase } from 'pg';

export type ApiKeyListing = {
  workspaceId: string;
  workspaceName: string;
  id: string;
  name: string;
  expiresAt: Date;
  revokedAt: Date | null;
  roleLabel: string | null;
};

// Read-only: works on any database laid out like Twenty's.
export const listApiKeys = async (
  client: ClientBase,
): Promise<ApiKeyListing[]> => {
  const result = await client.query<ApiKeyListing>(
    `SELECT k."workspaceId", w."displayName" AS "workspaceName", k."id", k."name",
            k."expiresAt", k."revokedAt", r."label" AS "roleLabel"
       FROM core."apiKey" k
       JOIN core."workspace" w ON w."id" = k."workspaceId"
       LEFT JOIN core."roleTarget" t ON t."apiKeyId" = k."id"
       LEFT JOIN core."role" r ON r."id" = t."roleId"
      ORDER BY w."createdAt", k."createdAt", k."name"`,
  );

  return result.rows;
};
