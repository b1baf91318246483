import { getActivityTargetFilterKey } from '../../services/records/utils/get-activity-target-filter-key.util';
import { getActivityTargetsView } from '../schema/utils/get-activity-targets-view.util';
import { type ToolBuildEnvironment } from '../types/tool-build-environment.type';

// A sentence for the compact tools' descriptions, so a model asked to
// "add a note to Acme" or "what did we note about Acme" learns of
// `targets` without describing every object first. Empty when no object
// of the environment has links the caller may write (or read, to filter).
export const describeActivityTargetsUsage = (
  { objects, permissions }: ToolBuildEnvironment,
  usage: 'write' | 'filter',
): string => {
  const linked = objects.flatMap((object) => {
    const access = permissions.objects.get(object.nameSingular);
    const targets = access ? getActivityTargetsView({ object, access }) : null;

    return targets && (usage === 'filter' || targets.canWrite)
      ? [{ object, targets }]
      : [];
  });

  if (linked.length === 0) {
    return '';
  }

  const labels = linked
    .map(({ object }) => object.labelPlural.toLowerCase())
    .join(' and ');
  const example = linked[0].targets.objectNames.includes('company')
    ? 'company'
    : linked[0].targets.objectNames[0];

  return usage === 'write'
    ? ` Link ${labels} to the records they are about with "targets": [{"object": "${example}", "id": "…"}].`
    : ` Find the ${labels} about a record with {"targets": {"${getActivityTargetFilterKey(example)}": {"eq": "…"}}}.`;
};
