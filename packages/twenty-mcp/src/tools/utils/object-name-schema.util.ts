import { type ObjectSchema } from '../../domain/workspace/types/workspace-schema.type';
import { type JsonSchema } from '../types/json-schema.type';

// The `object` argument: exactly the objects allowed for this operation.
export const objectNameSchema = (
  objects: readonly ObjectSchema[],
): JsonSchema => ({
  type: 'string',
  enum: objects.map((object) => object.nameSingular),
  description: 'Object name (singular), as list_objects returns it.',
});
