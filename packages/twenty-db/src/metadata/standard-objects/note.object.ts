import { FieldMetadataType } from '@twenty-mcp/twenty-layout';

import { type ObjectDescription } from '../types/object-description.type';

export const NOTE_OBJECT: ObjectDescription = {
  nameSingular: 'note',
  namePlural: 'notes',
  labelSingular: 'Note',
  labelPlural: 'Notes',
  description: 'A note',
  icon: 'IconNotes',
  isCustom: false,
  isSearchable: true,
  shortcut: 'N',
  universalIdentifier: '20202020-0b00-45cd-b6f6-6cd806fc6804',
  labelIdentifierFieldName: 'title',
  searchFieldNames: ['title', 'bodyV2'],
  positionFieldDescription: 'Note record position',
  fields: [
    {
      name: 'title',
      type: FieldMetadataType.TEXT,
      label: 'Title',
      description: 'Note title',
      icon: 'IconNotes',
      universalIdentifier: '20202020-faeb-4c76-8ba6-ccbb0b4a965f',
    },
    {
      name: 'bodyV2',
      type: FieldMetadataType.RICH_TEXT,
      label: 'Body',
      description: 'Note body',
      icon: 'IconFilePencil',
      universalIdentifier: '20202020-a7bb-4d94-be51-8f25181502c8',
    },
  ],
};
