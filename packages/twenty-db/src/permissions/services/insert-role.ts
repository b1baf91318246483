import { type ClientBase } from 'pg';

import { insertRows } from '../../database/utils/insert-rows.util';
import { type RoleDefinition } from '../types/role-definition.type';

export const insertRole = async (
  client: ClientBase,
  {
    id,
    workspaceId,
    applicationId,
    universalIdentifier = id,
    role,
  }: {
    id: string;
    workspaceId: string;
    applicationId: string;
    universalIdentifier?: string;
    role: RoleDefinition;
  },
): Promise<void> => {
  await insertRows(client, {
    schema: 'core',
    table: 'role',
    rows: [{ ...role, id, workspaceId, applicationId, universalIdentifier }],
  });
};
