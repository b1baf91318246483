import { type QueryTarget } from '../../../domain/records/types/query-target.type';
import { type ObjectSchema } from '../../../domain/workspace/types/workspace-schema.type';

// Full access to an object whose rows the records service maintains
// itself on the caller's behalf (the noteTarget / taskTarget links), after
// checking the caller may change links at all. Never handed to a caller.
export const toSystemTarget = (object: ObjectSchema): QueryTarget => {
  const names = new Set(object.fields.map((field) => field.name));

  return {
    object,
    access: {
      canRead: true,
      canCreate: true,
      canUpdate: true,
      canSoftDelete: true,
      canDestroy: false,
      canErase: false,
      readableFieldNames: names,
      updatableFieldNames: names,
    },
  };
};
