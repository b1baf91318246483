import {
  type BuildWorkspaceMetadataInput,
  WorkspaceMetadataBuilder,
} from '../services/workspace-metadata-builder';
import { type WorkspaceMetadata } from '../types/workspace-metadata.type';

export const buildWorkspaceMetadata = (
  input: BuildWorkspaceMetadataInput,
): WorkspaceMetadata => new WorkspaceMetadataBuilder(input).build();
