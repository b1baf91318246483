import {
  type FieldSchema,
  type ObjectSchema,
} from '../../workspace/types/workspace-schema.type';
import { type QueryTarget } from './query-target.type';

// `targets` of a note or task: its live links to live records of objects
// the caller can read, each shown as `{ object, id, label }`.
export type ActivityTargetsExpansion = {
  // The junction object (noteTarget…); links are shown in its position
  // order when it has positions.
  junction: ObjectSchema;
  activityJoinColumn: string;
  targets: (QueryTarget & {
    joinColumnName: string;
    // Null when the caller may not read the target's label identifier.
    labelField: FieldSchema | null;
  })[];
};
