// Public API of the query layer: typed requests → parameterised SQL for
// Twenty's layout, and rows → API records. It knows SQL, not MCP.

// Reads
export { prepareFind } from './utils/prepare-find.util';
export { buildFindQuery } from '../../backends/postgres/records/sql/build-find-query.util';
export { buildCountQuery } from '../../backends/postgres/records/sql/build-count-query.util';
export { decodeFindRows } from '../../backends/postgres/records/utils/decode-find-rows.util';
export { buildFindByIdsQuery } from '../../backends/postgres/records/sql/build-find-by-ids-query.util';
export { resolveSelection } from './utils/resolve-selection.util';
export { decodeRecordRow } from '../../backends/postgres/records/utils/decode-record-row.util';
export { collectManyToOneTargetIds } from '../../backends/postgres/records/utils/collect-many-to-one-target-ids.util';
export { buildManyToOneExpansionQuery } from '../../backends/postgres/records/sql/build-many-to-one-expansion-query.util';
export { applyManyToOneExpansion } from '../../backends/postgres/records/utils/apply-many-to-one-expansion.util';
export { buildOneToManyExpansionQuery } from '../../backends/postgres/records/sql/build-one-to-many-expansion-query.util';
export { applyOneToManyExpansion } from '../../backends/postgres/records/utils/apply-one-to-many-expansion.util';
export { buildActivityTargetsExpansionQuery } from '../../backends/postgres/records/sql/build-activity-targets-expansion-query.util';
export { applyActivityTargetsExpansion } from '../../backends/postgres/records/utils/apply-activity-targets-expansion.util';

// Search
export { buildSearchQuery } from '../../backends/postgres/records/sql/build-search-query.util';
export { buildCrossObjectSearchQuery } from '../../backends/postgres/records/sql/build-cross-object-search-query.util';
export { decodeSearchHits } from '../../backends/postgres/records/utils/decode-search-hits.util';
export { buildSearchQueryText } from '../../backends/postgres/records/utils/build-search-query-text.util';
export { hasSearchVector } from '../../domain/workspace/utils/has-search-vector.util';

// Aggregates
export { prepareAggregate } from './utils/prepare-aggregate.util';
export { buildAggregateQuery } from '../../backends/postgres/records/sql/build-aggregate-query.util';
export { decodeAggregateRows } from '../../backends/postgres/records/utils/decode-aggregate-rows.util';

// Writes
export { encodeRecordInput } from './utils/encode-record-input.util';
export { buildInsertQuery } from '../../backends/postgres/records/sql/build-insert-query.util';
export { buildUpdateQuery } from '../../backends/postgres/records/sql/build-update-query.util';
export { buildSoftDeleteQuery } from '../../backends/postgres/records/sql/build-soft-delete-query.util';
export { buildRestoreQuery } from '../../backends/postgres/records/sql/build-restore-query.util';
export { buildDestroyQuery } from '../../backends/postgres/records/sql/build-destroy-query.util';
export { markdownToBlocknote } from './utils/markdown-to-blocknote.util';

// Links of notes and tasks to the records they are about (`targets`).
export { ACTIVITY_TARGETS_KEY } from '../../domain/records/constants/activity-targets-key.const';
export { ACTIVITY_TARGET_COLUMN_ALIASES } from '../../domain/records/constants/activity-target-column-aliases.const';
export { ACTIVITY_TARGET_FILTER_OPERATORS } from '../../domain/records/constants/activity-target-filter-operators.const';
export { splitActivityTargetsInput } from './utils/split-activity-targets-input.util';
export { resolveVisibleActivityTargets } from './utils/resolve-visible-activity-targets.util';
export { resolveActivityTargetsExpansion } from './utils/resolve-activity-targets-expansion.util';
export { getActivityTargetFilterKey } from './utils/get-activity-target-filter-key.util';
export { buildActivityTargetRecordsQuery } from '../../backends/postgres/records/sql/build-activity-target-records-query.util';
export { buildInsertActivityTargetLinksQuery } from '../../backends/postgres/records/sql/build-insert-activity-target-links-query.util';
export { buildFindActivityTargetLinksQuery } from '../../backends/postgres/records/sql/build-find-activity-target-links-query.util';
export { buildSoftDeleteActivityTargetLinksQuery } from '../../backends/postgres/records/sql/build-soft-delete-activity-target-links-query.util';

// Building blocks other layers may want (tool schemas, validation).
export { parseFilter } from './utils/parse-filter.util';
export { compileFilter } from '../../backends/postgres/records/utils/compile-filter.util';
export { parseOrderBy } from './utils/parse-order-by.util';
export { toOrderBySpec } from './utils/to-order-by-spec.util';
export { getFieldLeaves } from '../../domain/records/utils/get-field-leaves.util';
export { getFieldApiKey } from '../../domain/workspace/utils/get-field-api-key.util';
export { unitsToMicros } from '../../domain/values/utils/units-to-micros.util';
export { microsToUnits } from '../../domain/values/utils/micros-to-units.util';
export { OPERATORS_BY_VALUE_KIND } from '../../domain/records/constants/operators-by-value-kind.const';

export { type FindRequest } from '../../domain/records/types/find-request.type';
export { type PreparedFind } from '../../domain/records/types/prepared-find.type';
export { type FindPage } from '../../domain/records/types/find-page.type';
export { type PageInfo } from '../../domain/records/types/page-info.type';
export { type FindByIdsRequest } from '../../domain/records/types/find-by-ids-request.type';
export { type Selection } from '../../domain/records/types/selection.type';
export {
  type FilterNode,
  type FilterConditionNode,
} from '../../domain/records/types/filter-node.type';
export { type FilterOperator } from '../../domain/records/types/filter-operator.type';
export { type OrderBySpec } from '../../domain/records/types/order-by-spec.type';
export { type OrderDirection } from '../../domain/records/types/order-direction.type';
export { type DeletedMode } from '../../domain/records/types/deleted-mode.type';
export { type AggregateRequest } from '../../domain/records/types/aggregate-request.type';
export { type GroupBySpec } from '../../domain/records/types/group-by-spec.type';
export { type MetricSpec } from '../../domain/records/types/metric-spec.type';
export { type AggregateOrderBy } from '../../domain/records/types/aggregate-order-by.type';
export { type PreparedAggregate } from '../../domain/records/types/prepared-aggregate.type';
export { type AggregateResult } from '../../domain/records/types/aggregate-result.type';
export { type ObjectSearchRequest } from '../../domain/records/types/object-search-request.type';
export { type CrossObjectSearchRequest } from '../../domain/records/types/cross-object-search-request.type';
export { type SearchHit } from '../../domain/records/types/search-hit.type';
export { type RecordInputRequest } from '../../domain/records/types/record-input-request.type';
export { type EncodedRecord } from '../../domain/records/types/encoded-record.type';
export { type InsertRequest } from '../../domain/records/types/insert-request.type';
export { type UpdateRequest } from '../../domain/records/types/update-request.type';
export { type IdsRequest } from '../../domain/records/types/ids-request.type';
export { type WriteActor } from '../../domain/records/types/write-actor.type';
export { type SqlQuery } from '../../domain/records/types/sql-query.type';
export { type ActivityTargetRef } from '../../domain/records/types/activity-target-ref.type';
export { type VisibleActivityTargets } from '../../domain/records/types/visible-activity-targets.type';
export { type ActivityTargetsExpansion } from '../../domain/records/types/activity-targets-expansion.type';
export { type DbRow } from '../../domain/records/types/db-row.type';
export { type QueryTarget } from '../../domain/records/types/query-target.type';
