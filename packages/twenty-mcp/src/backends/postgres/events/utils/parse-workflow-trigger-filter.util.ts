import { type WorkflowStepFilter } from '../types/workflow-step-filter.type';
import { type WorkflowStepFilterGroup } from '../types/workflow-step-filter-group.type';
import { type WorkflowTriggerFilter } from '../types/workflow-trigger-filter.type';

type Parsed = WorkflowTriggerFilter | null | { unevaluable: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const isOptionalText = (value: unknown): value is string | null | undefined =>
  value === null || value === undefined || typeof value === 'string';

const parseStepFilter = (value: unknown): WorkflowStepFilter | undefined => {
  if (
    !isRecord(value) ||
    typeof value.type !== 'string' ||
    typeof value.operand !== 'string' ||
    typeof value.stepOutputKey !== 'string' ||
    !isOptionalText(value.compositeFieldSubFieldName)
  ) {
    return undefined;
  }

  return {
    type: value.type,
    operand: value.operand,
    stepOutputKey: value.stepOutputKey,
    value: value.value,
    stepFilterGroupId: value.stepFilterGroupId,
    compositeFieldSubFieldName: value.compositeFieldSubFieldName ?? undefined,
  };
};

const parseStepFilterGroup = (
  value: unknown,
): WorkflowStepFilterGroup | undefined => {
  if (
    !isRecord(value) ||
    typeof value.id !== 'string' ||
    !isOptionalText(value.parentStepFilterGroupId)
  ) {
    return undefined;
  }

  return {
    id: value.id,
    logicalOperator: value.logicalOperator,
    // Twenty's engine takes any empty parent for a root group.
    parentStepFilterGroupId: value.parentStepFilterGroupId || undefined,
  };
};

// A trigger's `settings.filter` ({ stepFilters, stepFilterGroups }, JSON
// from the trigger row) checked for the shape evaluated here. Null when it
// filters nothing: Twenty's listener treats a filter without a non-empty
// stepFilters list as no filter at all. Anything else out of shape is
// reported, to start nothing.
export const parseWorkflowTriggerFilter = (filter: unknown): Parsed => {
  if (
    !isRecord(filter) ||
    !Array.isArray(filter.stepFilters) ||
    filter.stepFilters.length === 0
  ) {
    return null;
  }

  const { stepFilters } = filter;
  // Absent groups are none; Twenty's engine refuses null ones.
  const rawGroups = filter.stepFilterGroups ?? [];

  if (filter.stepFilterGroups === null || !Array.isArray(rawGroups)) {
    return { unevaluable: 'groups that are not a list' };
  }

  const parsedFilters = stepFilters.map(parseStepFilter);
  const parsedGroups = rawGroups.map(parseStepFilterGroup);

  if (parsedFilters.includes(undefined) || parsedGroups.includes(undefined)) {
    return { unevaluable: 'a condition or group out of shape' };
  }

  const groups = parsedGroups as WorkflowStepFilterGroup[];

  if (new Set(groups.map(({ id }) => id)).size !== groups.length) {
    return { unevaluable: 'two groups with the same id' };
  }

  return {
    stepFilters: parsedFilters as WorkflowStepFilter[],
    stepFilterGroups: groups,
  };
};
