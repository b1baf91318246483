import { type ObjectAccess } from '../../../domain/permissions/types/object-access.type';
import { type RecordsOperation } from '../types/records-operation.type';

// Which permission each operation needs, and how a refusal names it.
// Restoring needs the soft-delete permission.
export const RECORDS_OPERATION_RULES: Record<
  RecordsOperation,
  { isAllowed: (access: ObjectAccess) => boolean; verb: string }
> = {
  read: { isAllowed: (access) => access.canRead, verb: 'read' },
  create: { isAllowed: (access) => access.canCreate, verb: 'create' },
  update: { isAllowed: (access) => access.canUpdate, verb: 'update' },
  softDelete: {
    isAllowed: (access) => access.canSoftDelete,
    verb: 'delete or restore',
  },
  destroy: {
    isAllowed: (access) => access.canDestroy,
    verb: 'permanently destroy',
  },
  erase: {
    isAllowed: (access) => access.canErase,
    verb: 'erase (the erase and destroy scopes and the right to destroy)',
  },
};
