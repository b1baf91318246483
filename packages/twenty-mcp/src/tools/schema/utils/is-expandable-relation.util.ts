import { type FieldSchema } from '../../../domain/workspace/types/workspace-schema.type';

// A relation can be expanded when the caller may read its target object.
export const isExpandableRelation = ({
  field,
  readableObjectNames,
}: {
  field: FieldSchema;
  readableObjectNames?: ReadonlySet<string>;
}): boolean =>
  field.relation !== null &&
  (readableObjectNames?.has(field.relation.targetObjectName) ?? true);
