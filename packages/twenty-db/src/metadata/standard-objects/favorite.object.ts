import { FieldMetadataType } from '@twenty-mcp/twenty-layout';

import { type ObjectDescription } from '../types/object-description.type';
import { type RelationDescription } from '../types/relation-description.type';

const favoriteOf = (
  targetObject: string,
  label: string,
  icon: string,
  universalIdentifier: string,
): RelationDescription => ({
  name: targetObject,
  label,
  description: `Favorite ${label.toLowerCase()}`,
  icon,
  universalIdentifier,
  targetObject,
  onDelete: 'CASCADE',
  inverse: {
    name: 'favorites',
    label: 'Favorites',
    description: `Favorites linked to the ${label.toLowerCase()}`,
    icon: 'IconHeart',
  },
});

// Favorites kept plain per-target relations (never a morph relation) until
// Twenty moved them to navigation menu items; workspaces created before that
// still carry this table.
export const FAVORITE_OBJECT: ObjectDescription = {
  nameSingular: 'favorite',
  namePlural: 'favorites',
  labelSingular: 'Favorite',
  labelPlural: 'Favorites',
  description: 'A favorite',
  icon: 'IconHeart',
  isCustom: false,
  isSystem: true,
  universalIdentifier: '20202020-ab56-4e05-92a3-e2414a499860',
  labelIdentifierFieldName: 'id',
  searchFieldNames: [],
  positionFieldDescription: 'Favorite position',
  fields: [
    {
      name: 'viewId',
      type: FieldMetadataType.UUID,
      label: 'ViewId',
      description: 'ViewId',
      icon: 'IconView',
      universalIdentifier: '20202020-5a93-4fa9-acce-e73481a0bbdf',
    },
  ],
  relations: [
    {
      name: 'forWorkspaceMember',
      label: 'Workspace Member',
      description: 'Favorite workspace member',
      icon: 'IconCircleUser',
      universalIdentifier: '20202020-ce63-49cb-9676-fdc0c45892cd',
      targetObject: 'workspaceMember',
      onDelete: 'CASCADE',
      inverse: {
        name: 'favorites',
        label: 'Favorites',
        description: 'Favorites linked to the workspace member',
        icon: 'IconHeart',
      },
    },
    favoriteOf(
      'person',
      'Person',
      'IconUser',
      '20202020-c428-4f40-b6f3-86091511c41c',
    ),
    favoriteOf(
      'company',
      'Company',
      'IconBuildingSkyscraper',
      '20202020-cff5-4682-8bf9-069169e08279',
    ),
    favoriteOf(
      'opportunity',
      'Opportunity',
      'IconTargetArrow',
      '20202020-dabc-48e1-8318-2781a2b32aa2',
    ),
    favoriteOf(
      'task',
      'Task',
      'IconCheckbox',
      '20202020-1b1b-4b3b-8b1b-7f8d6a1d7d5c',
    ),
    favoriteOf(
      'note',
      'Note',
      'IconNotes',
      '20202020-1f25-43fe-8b00-af212fdde824',
    ),
  ],
  customObjectRelations: {
    description: 'Favorite record',
    icon: 'IconHeart',
    onDelete: 'CASCADE',
    inverse: {
      name: 'favorites',
      label: 'Favorites',
      description: 'Favorites linked to the record',
      icon: 'IconHeart',
    },
  },
  indexes: [
    { fieldNames: ['forWorkspaceMember'] },
    { fieldNames: ['person'] },
    { fieldNames: ['company'] },
    { fieldNames: ['opportunity'] },
    { fieldNames: ['task'] },
    { fieldNames: ['note'] },
  ],
};
