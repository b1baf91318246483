import {
  type FieldSchema,
  type ObjectSchema,
} from '../../../domain/workspace/types/workspace-schema.type';
import { type WriteMode } from './write-mode.type';

// One field of one record being encoded for a write.
export type FieldInputContext = {
  object: ObjectSchema;
  field: FieldSchema;
  // The key the caller used (`companyId` for a relation).
  key: string;
  mode: WriteMode;
};
