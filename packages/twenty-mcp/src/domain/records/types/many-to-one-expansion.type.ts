import { type FieldSchema } from '../../workspace/types/workspace-schema.type';
import { type QueryTarget } from './query-target.type';

// `company` on person: read `companyId`, fetch the companies.
export type ManyToOneExpansion = {
  field: FieldSchema;
  joinColumnName: string;
  target: QueryTarget;
  // Null when the caller may not read the target's label identifier.
  labelField: FieldSchema | null;
};
