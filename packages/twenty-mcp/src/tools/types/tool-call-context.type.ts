import { type EffectivePermissions } from '../../permissions/types/effective-permissions.type';
import { type Principal } from '../../ports/types/principal.type';
import { type RecordsPort } from '../../ports/records.port';
import { type RecordsAccess } from '../../ports/types/records-access.type';
import { type WorkspaceSchema } from '../../ports/types/workspace-schema.type';

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
