import { type FilterOperator } from './filter-operator.type';
import { type FilterValue } from './filter-value.type';

export type FilterConditionNode = {
  kind: 'condition';
  // Field name from metadata (`company` for the `companyId` key).
  field: string;
  subField: string | null;
  operator: FilterOperator;
  value: FilterValue;
};

// `{ "targets": { "companyId": { "in": […] } } }` on a note or task: it
// has a live link to one of these records.
export type FilterActivityTargetNode = {
  kind: 'activityTarget';
  // The junction object (noteTarget…) and its join column to the activity.
  junctionObjectName: string;
  activityJoinColumn: string;
  joinColumnName: string;
  ids: string[];
};

// The validated filter: only readable fields, only allowed operators,
// typed values.
export type FilterNode =
  | { kind: 'and'; children: FilterNode[] }
  | { kind: 'or'; children: FilterNode[] }
  | { kind: 'not'; child: FilterNode }
  | FilterConditionNode
  | FilterActivityTargetNode;
