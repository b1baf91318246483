import { buildActivityTargetObject } from './build-activity-target-object.util';

export const NOTE_TARGET_OBJECT = buildActivityTargetObject({
  activity: 'note',
  nameSingular: 'noteTarget',
  labelSingular: 'Note Target',
  universalIdentifier: '20202020-fff0-4b44-be82-bda313884400',
  morphId: '20202020-f635-435d-ab8d-e1168b375c70',
  activityRelation: {
    label: 'Note',
    description: 'NoteTarget note',
    icon: 'IconNotes',
    universalIdentifier: '20202020-57f3-4f50-9599-fc0f671df003',
    inverseUniversalIdentifier: '20202020-1f25-43fe-8b00-af212fdde823',
  },
  inverseLabel: 'Notes',
  icon: 'IconNotes',
  targetInverses: {
    person: { label: 'Notes', description: 'Notes tied to the contact' },
    company: { label: 'Notes', description: 'Notes tied to the company' },
    opportunity: {
      label: 'Notes',
      description: 'Notes tied to the opportunity',
    },
  },
});
