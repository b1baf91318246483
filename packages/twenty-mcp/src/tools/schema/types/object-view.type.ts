import { type ObjectAccess } from '../../../domain/permissions/types/object-access.type';
import { type ObjectSchema } from '../../../domain/workspace/types/workspace-schema.type';

// One object as one caller may see it: its metadata and that caller's
// access. `readableObjectNames` (the keys of EffectivePermissions.objects)
// limits expansion to relations whose target the caller may read; without
// it every relation target counts as readable.
export type ObjectView = {
  object: ObjectSchema;
  access: ObjectAccess;
  readableObjectNames?: ReadonlySet<string>;
};
