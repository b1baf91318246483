import { type FieldSchema } from '../../workspace/types/workspace-schema.type';
import { type QueryTarget } from './query-target.type';

// `people` on company: fetch persons whose `companyId` is the company.
export type OneToManyExpansion = {
  field: FieldSchema;
  target: QueryTarget;
  // Join column on the target table.
  joinColumnName: string;
  labelField: FieldSchema | null;
};
