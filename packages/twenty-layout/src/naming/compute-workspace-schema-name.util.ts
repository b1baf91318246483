import { uuidToBase36 } from './uuid-to-base36.util';

export const computeWorkspaceSchemaName = (workspaceId: string): string =>
  `workspace_${uuidToBase36(workspaceId)}`;
