import { DEMO_WORKSPACE } from '@twenty-mcp/twenty-db';

import { type McpScope } from '../../../src/domain/principal/types/mcp-scope.type';
import { McpTokenService } from '../../../src/storage/services/mcp-token.service';
import { type TestApp } from '../../utils/start-test-app';

// An MCP token of the demo workspace with the role of its "MCP - admin"
// API key and the given scopes, issued straight through the token store
// (the settings API's own rules are tested elsewhere).
export const issueAdminMcpToken = async (
  server: TestApp,
  { name, scopes }: { name: string; scopes: McpScope[] },
): Promise<string> => {
  const [{ roleId }] = (await server.dataSource.query(
    `SELECT "roleId" FROM core."roleTarget" t JOIN core."apiKey" k ON k."id" = t."apiKeyId"
      WHERE k."name" = 'MCP - admin' AND k."workspaceId" = $1`,
    [DEMO_WORKSPACE.id],
  )) as { roleId: string }[];
  const { token } = await server.app
    .get(McpTokenService, { strict: false })
    .issue({
      workspaceId: DEMO_WORKSPACE.id,
      name,
      roleId,
      scopes,
      objectMetadataIds: null,
      expiresAt: null,
      createdByUserWorkspaceId: null,
    });

  return token;
};
