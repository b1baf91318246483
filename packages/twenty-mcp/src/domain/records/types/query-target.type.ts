import { type ObjectAccess } from '../../permissions/types/object-access.type';
import { type ObjectSchema } from '../../workspace/types/workspace-schema.type';

// An object as one caller sees it: its metadata and what they may do.
export type QueryTarget = {
  object: ObjectSchema;
  access: ObjectAccess;
};
