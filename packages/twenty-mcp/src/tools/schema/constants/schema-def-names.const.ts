// Names of shared `$defs` entries. Object names are camelCase, so these
// PascalCase names never collide with an object's `<name>Filter` def.
export const SCHEMA_DEF_NAMES = {
  orderDirection: 'OrderDirection',
  expandedRecord: 'ExpandedRecord',
  expandedRecords: 'ExpandedRecords',
  expandedTargets: 'ExpandedTargets',
  targetIdFilter: 'TargetIdFilter',
} as const;
