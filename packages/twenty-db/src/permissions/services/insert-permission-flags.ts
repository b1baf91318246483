import { type ClientBase } from 'pg';
import { STANDARD_APPLICATION } from '@twenty-mcp/twenty-layout';

import { insertRows } from '../../database/utils/insert-rows.util';
import { deterministicUuid } from '../../metadata/utils/deterministic-uuid.util';
import { PERMISSION_FLAG_KEYS } from '../constants/permission-flag-keys.const';

const toLabel = (key: string) =>
  key.charAt(0) + key.slice(1).toLowerCase().replace(/_/g, ' ');

// The catalogue of permission flags every workspace gets from the standard
// application; roles are granted flags through core."rolePermissionFlag".
export const insertPermissionFlags = async (
  client: ClientBase,
  {
    workspaceId,
    standardApplicationId,
  }: { workspaceId: string; standardApplicationId: string },
): Promise<void> => {
  const rows = Object.entries(PERMISSION_FLAG_KEYS).flatMap(
    ([permissionType, keys]) =>
      keys.map((key) => ({
        id: deterministicUuid(workspaceId, 'permissionFlag', key),
        workspaceId,
        applicationId: standardApplicationId,
        universalIdentifier: deterministicUuid(
          STANDARD_APPLICATION.universalIdentifier,
          'permissionFlag',
          key,
        ),
        key,
        label: toLabel(key),
        permissionType,
      })),
  );

  await insertRows(client, { schema: 'core', table: 'permissionFlag', rows });
};
