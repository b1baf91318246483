import { type ConfirmationsConfig } from '../../config/types/confirmations-config.type';
import { type EffectivePermissions } from '../../domain/permissions/types/effective-permissions.type';
import {
  type ObjectSchema,
  type WorkspaceSchema,
} from '../../domain/workspace/types/workspace-schema.type';

// What a tool set is built from: the model, what this principal may do, and
// the objects that are tools' subjects (active, non-system, readable).
export type ToolBuildEnvironment = {
  workspace: WorkspaceSchema;
  permissions: EffectivePermissions;
  objects: readonly ObjectSchema[];
  // Which destructive calls ask for confirmation first (docs/guardrails.md).
  confirmations: ConfirmationsConfig;
};
