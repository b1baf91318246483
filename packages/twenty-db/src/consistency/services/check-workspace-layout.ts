import { type ClientBase } from 'pg';
import { computeWorkspaceSchemaName } from '@twenty-mcp/twenty-layout';

import { readWorkspaceMetadata } from '../../workspace/services/read-workspace-metadata';
import { WORKSPACE_ISSUE_OBJECT_NAME } from '../constants/workspace-issue-object-name.const';
import { type CheckWorkspaceLayoutOptions } from '../types/check-workspace-layout-options.type';
import { type LayoutIssue } from '../types/layout-issue.type';
import { compareWorkspaceLayout } from '../utils/compare-workspace-layout.util';
import { findRelationMetadataIssues } from '../utils/find-relation-metadata-issues.util';
import { readWorkspaceCatalog } from './read-workspace-catalog';

// Checks that a workspace schema is exactly what its metadata describes.
// Read-only (SELECTs on core and the catalogs), so it can be pointed at a
// real Twenty database; it does not touch the client's transaction state.
export const checkWorkspaceLayout = async (
  client: ClientBase,
  workspaceId: string,
  options: CheckWorkspaceLayoutOptions = {},
): Promise<LayoutIssue[]> => {
  const workspace = await client.query<{ databaseSchema: string | null }>(
    `SELECT "databaseSchema" FROM core."workspace" WHERE "id" = $1`,
    [workspaceId],
  );

  if (workspace.rowCount === 0) {
    throw new Error(
      `Workspace ${workspaceId} does not exist in core.workspace`,
    );
  }

  const issues: LayoutIssue[] = [];
  const computedSchemaName = computeWorkspaceSchemaName(workspaceId);
  const storedSchemaName = workspace.rows[0].databaseSchema;
  // Twenty looks where databaseSchema says, so the stored name wins.
  const schemaName = storedSchemaName ?? computedSchemaName;

  if (storedSchemaName !== computedSchemaName) {
    issues.push({
      objectName: WORKSPACE_ISSUE_OBJECT_NAME,
      kind: 'SCHEMA_NAME_MISMATCH',
      message:
        storedSchemaName === null
          ? `core.workspace."databaseSchema" is NULL, looked in ${computedSchemaName}`
          : `core.workspace."databaseSchema" is ${storedSchemaName}, expected ${computedSchemaName}`,
    });
  }

  const metadata = await readWorkspaceMetadata(client, workspaceId);
  const catalog = await readWorkspaceCatalog(client, schemaName);

  issues.push(...findRelationMetadataIssues(metadata));

  if (!catalog) {
    issues.push({
      objectName: WORKSPACE_ISSUE_OBJECT_NAME,
      kind: 'MISSING_SCHEMA',
      message: `schema ${schemaName} does not exist`,
    });

    return issues;
  }

  return [...issues, ...compareWorkspaceLayout({ metadata, catalog, options })];
};
