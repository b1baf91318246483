import { type ObjectSchema } from '../../../../domain/workspace/types/workspace-schema.type';

// Soft delete, restore, destroy.
export type IdsRequest = {
  schemaName: string;
  object: ObjectSchema;
  ids: readonly string[];
};
