import { type ObjectSchema } from '../../../../domain/workspace/types/workspace-schema.type';

// A many-to-one relation of an object: the record's join column
// (`companyId`), the relation field's name (`company`) and the object it
// points to.
export type ManyToOneJoin = {
  fieldName: string;
  joinColumnName: string;
  target: ObjectSchema;
};
