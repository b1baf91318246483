import { type EffectivePermissions } from '../../domain/permissions/types/effective-permissions.type';
import { type Principal } from '../../domain/principal/types/principal.type';
import { type RecordsPort } from '../../ports/records.port';
import { type RecordsAccess } from '../../domain/records/types/records-access.type';
import { type WorkspaceSchema } from '../../domain/workspace/types/workspace-schema.type';

// What a tool handler gets for one call: who calls, on which workspace
// model, with which permissions, through which records port.
export type ToolCallContext = {
  principal: Principal;
  workspace: WorkspaceSchema;
  permissions: EffectivePermissions;
  records: RecordsPort;
  // The same principal, model and permissions, packed for the records port.
  access: RecordsAccess;
  // Reports progress when the client asked for it (a no-op otherwise).
  reportProgress: (
    progress: number,
    total?: number,
    message?: string,
  ) => Promise<void>;
  signal: AbortSignal;
};
