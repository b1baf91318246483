import { type ActivityTargetsAccess } from '../../permissions/types/activity-targets-access.type';
import { type ActivityTargetsSchema } from '../../workspace/types/workspace-schema.type';

// The links of a note or task object as one caller sees them: the
// junction, the caller's access, and the target objects it can read.
export type VisibleActivityTargets = {
  schema: ActivityTargetsSchema;
  access: ActivityTargetsAccess;
  targets: ActivityTargetsSchema['targets'];
};
