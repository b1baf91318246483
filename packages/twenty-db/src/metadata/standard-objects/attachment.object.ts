import { FieldMetadataType } from '@twenty-mcp/twenty-layout';

import { type ObjectDescription } from '../types/object-description.type';

const FILE_CATEGORIES: [string, string, string][] = [
  ['20202020-11bb-4a52-b1f2-2159b07eec37', 'ARCHIVE', 'gray'],
  ['20202020-ac54-475d-ab0d-e250c28da774', 'AUDIO', 'pink'],
  ['20202020-66f7-41ba-81ad-f3371312247f', 'IMAGE', 'yellow'],
  ['20202020-6113-4e3b-84e3-c617e9f25d0c', 'PRESENTATION', 'orange'],
  ['20202020-44c1-47c7-8e66-e63558d7233f', 'SPREADSHEET', 'turquoise'],
  ['20202020-cf07-4843-877e-3804cde801d1', 'TEXT_DOCUMENT', 'blue'],
  ['20202020-443b-4159-a434-5fd9fc327639', 'VIDEO', 'purple'],
  ['20202020-bbca-4802-9146-fd1503e94e58', 'OTHER', 'gray'],
];

const toLabel = (value: string) =>
  value.charAt(0) + value.slice(1).toLowerCase().replace('_', ' ');

const inverse = (description: string) => ({
  name: 'attachments',
  label: 'Attachments',
  description,
  icon: 'IconPaperclip',
});

export const ATTACHMENT_OBJECT: ObjectDescription = {
  nameSingular: 'attachment',
  namePlural: 'attachments',
  labelSingular: 'Attachment',
  labelPlural: 'Attachments',
  description: 'An attachment',
  icon: 'IconFileImport',
  isCustom: false,
  isSystem: true,
  isUICreatable: false,
  universalIdentifier: '20202020-bd3d-4c60-8dca-571c71d4447a',
  labelIdentifierFieldName: 'name',
  searchFieldNames: ['name'],
  positionFieldDescription: 'Attachment record position',
  fields: [
    {
      name: 'name',
      type: FieldMetadataType.TEXT,
      label: 'Name',
      description: 'Attachment name',
      icon: 'IconFileUpload',
      isUIEditable: false,
      universalIdentifier: '20202020-87a5-48f8-bbf7-ade388825a57',
    },
    {
      name: 'file',
      type: FieldMetadataType.FILES,
      label: 'File',
      description: 'Attachment file',
      icon: 'IconFileUpload',
      isUIEditable: false,
      settings: { maxNumberOfValues: 1 },
      universalIdentifier: '20202020-15db-460e-8166-c7b5d87ad4be',
    },
    {
      name: 'fullPath',
      type: FieldMetadataType.TEXT,
      label: 'Full path',
      description: 'Attachment full path',
      icon: 'IconLink',
      isSystem: true,
      isUIEditable: false,
      universalIdentifier: '20202020-0d19-453d-8e8d-fbcda8ca3747',
    },
    {
      name: 'fileCategory',
      type: FieldMetadataType.SELECT,
      label: 'File category',
      description: 'Attachment file category',
      icon: 'IconList',
      isNullable: false,
      isSystem: true,
      isUIEditable: false,
      defaultValue: "'OTHER'",
      options: FILE_CATEGORIES.map(([id, value, color], position) => ({
        id,
        value,
        label: toLabel(value),
        position,
        color,
      })),
      universalIdentifier: '20202020-8c3f-4d9e-9a1b-2e5f7a8c9d0e',
    },
  ],
  morphRelations: [
    {
      name: 'target',
      morphId: '20202020-f634-435d-ab8d-e1168b375c69',
      description: 'Attachment target',
      icon: 'IconFileImport',
      isUIEditable: false,
      targets: [
        {
          targetObject: 'task',
          label: 'Task',
          onDelete: 'SET_NULL',
          inverse: inverse('Task attachments'),
        },
        {
          targetObject: 'note',
          label: 'Note',
          onDelete: 'SET_NULL',
          inverse: inverse('Note attachments'),
        },
        {
          targetObject: 'person',
          label: 'Person',
          onDelete: 'CASCADE',
          inverse: inverse('Attachments linked to the contact.'),
        },
        {
          targetObject: 'company',
          label: 'Company',
          onDelete: 'CASCADE',
          inverse: inverse('Attachments linked to the company'),
        },
        {
          targetObject: 'opportunity',
          label: 'Opportunity',
          onDelete: 'CASCADE',
          inverse: inverse('Attachments linked to the opportunity'),
        },
      ],
      customObjectTarget: {
        onDelete: 'CASCADE',
        inverse: inverse('Attachments linked to the record'),
      },
    },
  ],
  indexes: [
    { fieldNames: ['targetTask'] },
    { fieldNames: ['targetNote'] },
    { fieldNames: ['targetPerson'] },
    { fieldNames: ['targetCompany'] },
    { fieldNames: ['targetOpportunity'] },
  ],
};
