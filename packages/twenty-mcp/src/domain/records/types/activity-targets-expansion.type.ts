import { type FieldSchema } from '../../workspace/types/workspace-schema.type';
import { type QueryTarget } from './query-target.type';

// `targets` of a note or task: its live links to live records of objects
// the caller can read, each shown as `{ object, id, label }`.
export type ActivityTargetsExpansion = {
  junctionTableName: string;
  activityJoinColumn: string;
  // Links are shown in junction position order when it has positions.
  hasLinkPosition: boolean;
  targets: (QueryTarget & {
    joinColumnName: string;
    // Null when the caller may not read the target's label identifier.
    labelField: FieldSchema | null;
  })[];
};
