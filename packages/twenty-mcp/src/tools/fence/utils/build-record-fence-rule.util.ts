import { ACTIVITY_TARGETS_KEY } from '../../../domain/records/constants/activity-targets-key.const';
import {
  type ObjectSchema,
  type WorkspaceSchema,
} from '../../../domain/workspace/types/workspace-schema.type';
import { getFieldApiKey } from '../../../domain/workspace/utils/get-field-api-key.util';
import { type FenceRule } from '../types/fence-rule.type';
import { buildFieldFenceRule } from './build-field-fence-rule.util';

// The fence rule of an API record of `object`: its untrusted fields and,
// with `expansions`, the records expansions can add (`company`, `people`,
// `targets`), one level deep as expansions are. Built from metadata only:
// a field the caller cannot read is simply absent from the records.
export const buildRecordFenceRule = (
  object: ObjectSchema,
  workspace: WorkspaceSchema,
  expansions: boolean,
): FenceRule => {
  const properties: Record<string, FenceRule> = {};

  for (const field of object.fields) {
    const rule = buildFieldFenceRule(field);

    if (rule) {
      properties[getFieldApiKey(field)] = rule;
    }

    const target =
      expansions && field.relation
        ? workspace.objects.find(
            (candidate) =>
              candidate.nameSingular === field.relation?.targetObjectName,
          )
        : undefined;

    if (target) {
      const targetRule = buildRecordFenceRule(target, workspace, false);

      properties[field.name] =
        field.relation?.direction === 'MANY_TO_ONE'
          ? targetRule
          : { properties: { records: { items: targetRule } } };
    }
  }

  if (expansions && object.activityTargets) {
    properties[ACTIVITY_TARGETS_KEY] = {
      items: { properties: { label: 'text' } },
    };
  }

  return { properties };
};
