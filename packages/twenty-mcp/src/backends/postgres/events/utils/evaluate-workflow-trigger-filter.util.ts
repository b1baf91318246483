import { STEP_FILTER_EMPTINESS_OPERANDS } from '../constants/step-filter-emptiness-operands.const';
import { type ObjectRecordEvent } from '../types/object-record-event.type';
import { type StepFilterOutcome } from '../types/step-filter-outcome.type';
import { type WorkflowStepFilter } from '../types/workflow-step-filter.type';
import { type WorkflowStepFilterGroup } from '../types/workflow-step-filter-group.type';
import { evaluateStepFilter } from './evaluate-step-filter.util';
import { normalizeStepFilterOperand } from './normalize-step-filter-operand.util';
import { parseWorkflowTriggerFilter } from './parse-workflow-trigger-filter.util';
import { resolveWorkflowInput } from './resolve-workflow-input.util';

// The first outcome that is not a plain answer, if any.
const findUnevaluable = (outcomes: readonly StepFilterOutcome[]) =>
  outcomes.find((outcome) => typeof outcome !== 'boolean');

// Whether a database-event trigger's record filter (`settings.filter`)
// lets this event start its workflow, as Twenty's workflow database-event
// listener decides before it enqueues a WorkflowTriggerJob
// (docs/twenty-events.md): no filter (or no conditions) lets every event
// through; otherwise the conditions are resolved against `{ trigger: event
// }` (the event with its records enriched), each group combines its
// conditions and child groups by AND / OR (an empty group passes), root
// groups must all pass, and without root groups every condition must. Where
// Twenty's engine refuses the filter, and where this evaluator cannot be
// sure to answer as Twenty would, the outcome is a reason and the workflow
// does not start. `now` is when the write's jobs are planned.
export const evaluateWorkflowTriggerFilter = (
  filter: unknown,
  event: ObjectRecordEvent,
  now: Date,
): StepFilterOutcome => {
  const parsed = parseWorkflowTriggerFilter(filter);

  if (parsed === null) {
    return true;
  }

  if ('unevaluable' in parsed) {
    return parsed;
  }

  const { stepFilters, stepFilterGroups } = parsed;
  const context = { trigger: event };
  const groupIds = new Set(stepFilterGroups.map(({ id }) => id));

  // Resolved only when its group is evaluated, as Twenty's engine decides
  // only conditions it reaches.
  const decide = (filter: WorkflowStepFilter): StepFilterOutcome => {
    const left = resolveWorkflowInput(filter.stepOutputKey, context);
    const right = resolveWorkflowInput(filter.value, context);

    if ('unevaluable' in left) {
      return left;
    }

    if ('unevaluable' in right) {
      return right;
    }

    const storedOperand =
      right.isVariable &&
      right.value === null &&
      Object.hasOwn(STEP_FILTER_EMPTINESS_OPERANDS, filter.operand)
        ? STEP_FILTER_EMPTINESS_OPERANDS[filter.operand]
        : filter.operand;
    const operand = normalizeStepFilterOperand(storedOperand);

    if (operand === undefined) {
      return {
        unevaluable: `an unknown operand ${JSON.stringify(filter.operand).slice(0, 40)}`,
      };
    }

    return evaluateStepFilter(
      {
        type: filter.type,
        operand,
        left: left.value,
        right: right.value,
        subFieldName: filter.compositeFieldSubFieldName,
      },
      now,
    );
  };

  const evaluateGroup = (group: WorkflowStepFilterGroup): StepFilterOutcome => {
    const outcomes = [
      ...stepFilters
        .filter(({ stepFilterGroupId }) => stepFilterGroupId === group.id)
        .map(decide),
      ...stepFilterGroups
        .filter(
          ({ parentStepFilterGroupId }) => parentStepFilterGroupId === group.id,
        )
        .map(evaluateGroup),
    ];
    const unevaluable = findUnevaluable(outcomes);

    if (unevaluable !== undefined) {
      return unevaluable;
    }

    if (outcomes.length === 0) {
      return true;
    }

    switch (group.logicalOperator) {
      case 'AND':
        return outcomes.every((outcome) => outcome === true);
      case 'OR':
        return outcomes.some((outcome) => outcome === true);
      default:
        return {
          unevaluable: `an unknown logical operator ${JSON.stringify(group.logicalOperator)?.slice(0, 40)}, which Twenty refuses`,
        };
    }
  };

  if (
    stepFilterGroups.length > 0 &&
    stepFilters.some(
      ({ stepFilterGroupId }) => !groupIds.has(stepFilterGroupId as string),
    )
  ) {
    return {
      unevaluable:
        'a condition in a group that does not exist, which Twenty refuses',
    };
  }

  const rootGroups = stepFilterGroups.filter(
    ({ parentStepFilterGroupId }) => parentStepFilterGroupId === undefined,
  );
  const outcomes =
    rootGroups.length === 0
      ? stepFilters.map(decide)
      : rootGroups.map(evaluateGroup);

  return (
    findUnevaluable(outcomes) ?? outcomes.every((outcome) => outcome === true)
  );
};
