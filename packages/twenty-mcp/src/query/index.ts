// Public API of the query layer: typed requests → parameterised SQL for
// Twenty's layout, and rows → API records. It knows SQL, not MCP.

// Reads
export { prepareFind } from './utils/prepare-find.util';
export { buildFindQuery } from './sql/build-find-query.util';
export { buildCountQuery } from './sql/build-count-query.util';
export { decodeFindRows } from './utils/decode-find-rows.util';
export { buildFindByIdsQuery } from './sql/build-find-by-ids-query.util';
export { resolveSelection } from './utils/resolve-selection.util';
export { decodeRecordRow } from './utils/decode-record-row.util';
export { collectManyToOneTargetIds } from './utils/collect-many-to-one-target-ids.util';
export { buildManyToOneExpansionQuery } from './sql/build-many-to-one-expansion-query.util';
export { applyManyToOneExpansion } from './utils/apply-many-to-one-expansion.util';
export { buildOneToManyExpansionQuery } from './sql/build-one-to-many-expansion-query.util';
export { applyOneToManyExpansion } from './utils/apply-one-to-many-expansion.util';
export { buildActivityTargetsExpansionQuery } from './sql/build-activity-targets-expansion-query.util';
export { applyActivityTargetsExpansion } from './utils/apply-activity-targets-expansion.util';

// Search
export { buildSearchQuery } from './sql/build-search-query.util';
export { buildCrossObjectSearchQuery } from './sql/build-cross-object-search-query.util';
export { decodeSearchHits } from './utils/decode-search-hits.util';
export { buildSearchQueryText } from './utils/build-search-query-text.util';
export { hasSearchVector } from './utils/has-search-vector.util';

// Aggregates
export { prepareAggregate } from './utils/prepare-aggregate.util';
export { buildAggregateQuery } from './sql/build-aggregate-query.util';
export { decodeAggregateRows } from './utils/decode-aggregate-rows.util';

// Writes
export { encodeRecordInput } from './utils/encode-record-input.util';
export { buildInsertQuery } from './sql/build-insert-query.util';
export { buildUpdateQuery } from './sql/build-update-query.util';
export { buildSoftDeleteQuery } from './sql/build-soft-delete-query.util';
export { buildRestoreQuery } from './sql/build-restore-query.util';
export { buildDestroyQuery } from './sql/build-destroy-query.util';
export { markdownToBlocknote } from './utils/markdown-to-blocknote.util';

// Links of notes and tasks to the records they are about (`targets`).
export { ACTIVITY_TARGETS_KEY } from './constants/activity-targets-key.const';
export { ACTIVITY_TARGET_COLUMN_ALIASES } from './constants/activity-target-column-aliases.const';
export { ACTIVITY_TARGET_FILTER_OPERATORS } from './constants/activity-target-filter-operators.const';
export { splitActivityTargetsInput } from './utils/split-activity-targets-input.util';
export { resolveVisibleActivityTargets } from './utils/resolve-visible-activity-targets.util';
export { resolveActivityTargetsExpansion } from './utils/resolve-activity-targets-expansion.util';
export { getActivityTargetFilterKey } from './utils/get-activity-target-filter-key.util';
export { buildActivityTargetRecordsQuery } from './sql/build-activity-target-records-query.util';
export { buildInsertActivityTargetLinksQuery } from './sql/build-insert-activity-target-links-query.util';
export { buildFindActivityTargetLinksQuery } from './sql/build-find-activity-target-links-query.util';
export { buildSoftDeleteActivityTargetLinksQuery } from './sql/build-soft-delete-activity-target-links-query.util';

// Building blocks other layers may want (tool schemas, validation).
export { parseFilter } from './utils/parse-filter.util';
export { compileFilter } from './utils/compile-filter.util';
export { parseOrderBy } from './utils/parse-order-by.util';
export { toOrderBySpec } from './utils/to-order-by-spec.util';
export { getFieldLeaves } from './utils/get-field-leaves.util';
export { getFieldApiKey } from './utils/get-field-api-key.util';
export { unitsToMicros } from './utils/units-to-micros.util';
export { microsToUnits } from './utils/micros-to-units.util';
export { OPERATORS_BY_VALUE_KIND } from './constants/operators-by-value-kind.const';

export { type FindRequest } from './types/find-request.type';
export { type PreparedFind } from './types/prepared-find.type';
export { type FindPage } from './types/find-page.type';
export { type PageInfo } from './types/page-info.type';
export { type FindByIdsRequest } from './types/find-by-ids-request.type';
export { type Selection } from './types/selection.type';
export {
  type FilterNode,
  type FilterConditionNode,
} from './types/filter-node.type';
export { type FilterOperator } from './types/filter-operator.type';
export { type OrderBySpec } from './types/order-by-spec.type';
export { type OrderDirection } from './types/order-direction.type';
export { type DeletedMode } from './types/deleted-mode.type';
export { type AggregateRequest } from './types/aggregate-request.type';
export { type GroupBySpec } from './types/group-by-spec.type';
export { type MetricSpec } from './types/metric-spec.type';
export { type AggregateOrderBy } from './types/aggregate-order-by.type';
export { type PreparedAggregate } from './types/prepared-aggregate.type';
export { type AggregateResult } from './types/aggregate-result.type';
export { type ObjectSearchRequest } from './types/object-search-request.type';
export { type CrossObjectSearchRequest } from './types/cross-object-search-request.type';
export { type SearchHit } from './types/search-hit.type';
export { type RecordInputRequest } from './types/record-input-request.type';
export { type EncodedRecord } from './types/encoded-record.type';
export { type InsertRequest } from './types/insert-request.type';
export { type UpdateRequest } from './types/update-request.type';
export { type IdsRequest } from './types/ids-request.type';
export { type WriteActor } from './types/write-actor.type';
export { type SqlQuery } from './types/sql-query.type';
export { type ActivityTargetRef } from './types/activity-target-ref.type';
export { type VisibleActivityTargets } from './types/visible-activity-targets.type';
export { type ActivityTargetsExpansion } from './types/activity-targets-expansion.type';
export { type DbRow } from './types/db-row.type';
export { type QueryTarget } from './types/query-target.type';
