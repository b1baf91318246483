import { type SeededAccess } from '../../access/types/seeded-access.type';
import { type CreatedWorkspace } from '../../../workspace/types/created-workspace.type';

export type SeededWorkspace = CreatedWorkspace & {
  displayName: string;
  access: SeededAccess;
};
