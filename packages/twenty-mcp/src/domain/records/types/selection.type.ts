import { type FieldSchema } from '../../workspace/types/workspace-schema.type';
import { type ActivityTargetsExpansion } from './activity-targets-expansion.type';
import { type ManyToOneExpansion } from './many-to-one-expansion.type';
import { type OneToManyExpansion } from './one-to-many-expansion.type';

// What a read returns: top-level fields (id first) and expansions.
export type Selection = {
  fields: FieldSchema[];
  manyToOne: ManyToOneExpansion[];
  oneToMany: OneToManyExpansion[];
  // `expand: ["targets"]` on a note or task.
  activityTargets?: ActivityTargetsExpansion;
};
