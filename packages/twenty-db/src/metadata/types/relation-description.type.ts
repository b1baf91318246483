import { type RelationOnDeleteAction } from '@twenty-mcp/twenty-layout';

export type RelationSideDescription = {
  name: string;
  label: string;
  description?: string;
  icon?: string;
  isNullable?: boolean;
  isUIEditable?: boolean;
  universalIdentifier?: string;
};

// A MANY_TO_ONE field on the owning object plus its ONE_TO_MANY inverse on
// the target object.
export type RelationDescription = RelationSideDescription & {
  targetObject: string;
  onDelete: RelationOnDeleteAction;
  inverse: RelationSideDescription;
};

// One logical field pointing at several objects: one MORPH_RELATION row per
// target, all sharing `morphId`.
export type MorphRelationDescription = {
  name: string;
  morphId: string;
  description?: string;
  icon?: string;
  isUIEditable?: boolean;
  targets: MorphTargetDescription[];
  // Added for every custom object of the workspace, as Twenty does for
  // note/task targets, attachments and timeline activities.
  customObjectTarget?: Omit<MorphTargetDescription, 'targetObject' | 'label'>;
};

export type MorphTargetDescription = {
  targetObject: string;
  label: string;
  onDelete: RelationOnDeleteAction;
  universalIdentifier?: string;
  inverse: RelationSideDescription;
};
