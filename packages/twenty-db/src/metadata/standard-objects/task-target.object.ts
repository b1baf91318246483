import { buildActivityTargetObject } from './build-activity-target-object.util';

export const TASK_TARGET_OBJECT = buildActivityTargetObject({
  activity: 'task',
  nameSingular: 'taskTarget',
  labelSingular: 'Task Target',
  universalIdentifier: '20202020-5a9a-44e8-95df-771cd06d0fb1',
  morphId: '20202020-f636-435d-ab8d-e1168b375c71',
  activityRelation: {
    label: 'Task',
    description: 'TaskTarget task',
    icon: 'IconCheckbox',
    universalIdentifier: '20202020-e881-457a-8758-74aaef4ae78a',
    inverseUniversalIdentifier: '20202020-de9c-4d0e-a452-713d4a3e5fc7',
  },
  inverseLabel: 'Tasks',
  icon: 'IconCheckbox',
  targetInverses: {
    person: { label: 'Tasks', description: 'Tasks tied to the contact' },
    company: { label: 'Tasks', description: 'Tasks tied to the company' },
    opportunity: {
      label: 'Tasks',
      description: 'Tasks tied to the opportunity',
    },
  },
});
