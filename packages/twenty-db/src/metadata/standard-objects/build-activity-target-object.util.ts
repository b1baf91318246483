import { type ObjectDescription } from '../types/object-description.type';

type TargetInverse = { label: string; description: string };

// noteTarget and taskTarget share one shape: a CASCADE link to their
// activity plus a morph relation to what the activity is about. Since 2.38
// each (activity, target) pair is unique among live rows.
export const buildActivityTargetObject = ({
  activity,
  nameSingular,
  labelSingular,
  universalIdentifier,
  morphId,
  activityRelation,
  inverseLabel,
  icon,
  targetInverses,
}: {
  activity: 'note' | 'task';
  nameSingular: string;
  labelSingular: string;
  universalIdentifier: string;
  morphId: string;
  activityRelation: {
    label: string;
    description: string;
    icon: string;
    universalIdentifier: string;
    inverseUniversalIdentifier: string;
  };
  inverseLabel: string;
  icon: string;
  targetInverses: Record<'person' | 'company' | 'opportunity', TargetInverse>;
}): ObjectDescription => {
  const inverseName = `${activity}Targets`;
  const targets = (['person', 'company', 'opportunity'] as const).map(
    (targetObject) => ({
      targetObject,
      label: targetObject.charAt(0).toUpperCase() + targetObject.slice(1),
      onDelete: 'CASCADE' as const,
      inverse: {
        name: inverseName,
        ...targetInverses[targetObject],
        icon,
      },
    }),
  );
  const uniqueTarget = (field: string) => ({
    fieldNames: [activity, field],
    isUnique: true,
    whereClause: '"deletedAt" IS NULL',
  });

  return {
    nameSingular,
    namePlural: `${nameSingular}s`,
    labelSingular,
    labelPlural: `${labelSingular}s`,
    description: `A ${activity} target`,
    icon: 'IconCheckbox',
    isCustom: false,
    isSystem: true,
    isUICreatable: false,
    universalIdentifier,
    labelIdentifierFieldName: 'id',
    searchFieldNames: ['id'],
    positionFieldDescription: `${labelSingular.replace(' ', '')} record position`,
    fields: [],
    relations: [
      {
        name: activity,
        label: activityRelation.label,
        description: activityRelation.description,
        icon: activityRelation.icon,
        isUIEditable: false,
        universalIdentifier: activityRelation.universalIdentifier,
        targetObject: activity,
        onDelete: 'CASCADE',
        inverse: {
          name: inverseName,
          label: 'Relations',
          description: `${activity === 'note' ? 'Note' : 'Task'} targets`,
          icon: 'IconArrowUpRight',
          universalIdentifier: activityRelation.inverseUniversalIdentifier,
        },
      },
    ],
    morphRelations: [
      {
        name: 'target',
        morphId,
        description: `${labelSingular.replace(' ', '')} target`,
        icon: 'IconCheckbox',
        isUIEditable: false,
        targets,
        customObjectTarget: {
          onDelete: 'CASCADE',
          inverse: {
            name: inverseName,
            label: inverseLabel,
            description: `${inverseLabel} tied to the record`,
            icon,
          },
        },
      },
    ],
    indexes: [
      { fieldNames: [activity] },
      { fieldNames: ['targetPerson'] },
      { fieldNames: ['targetCompany'] },
      { fieldNames: ['targetOpportunity'] },
      uniqueTarget('targetPerson'),
      uniqueTarget('targetCompany'),
      uniqueTarget('targetOpportunity'),
    ],
  };
};
