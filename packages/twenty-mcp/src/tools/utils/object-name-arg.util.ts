import { z } from 'zod';

import { type ObjectSchema } from '../../domain/workspace/types/workspace-schema.type';

// The `object` argument: exactly the objects allowed for this operation.
export const objectNameArg = (objects: readonly ObjectSchema[]) =>
  z
    .enum(objects.map((object) => object.nameSingular) as [string, ...string[]])
    .describe('Object name (singular), as list_objects returns it.');
