import { type EffectivePermissions } from '../../permissions/types/effective-permissions.type';
import { type WorkspaceSchema } from '../../workspace/types/workspace-schema.type';

// Everything a records adapter needs to act for one principal: the model,
// what it may do, and the actor its writes are stamped with.
export type RecordsAccess = {
  workspace: WorkspaceSchema;
  permissions: EffectivePermissions;
  actor: {
    name: string;
    workspaceMemberId: string | null;
    userId?: string | null;
  };
  // The call's cancellation (the client went away or sent
  // notifications/cancelled): aborting it cancels the running read.
  signal?: AbortSignal;
};
