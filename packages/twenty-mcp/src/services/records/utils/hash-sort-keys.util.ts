import { createHash } from 'node:crypto';

import { type ObjectSchema } from '../../../domain/workspace/types/workspace-schema.type';
import { type SortKey } from '../../../domain/records/types/sort-key.type';

// A short fingerprint of (object, ordering): a cursor carries it so it is
// refused under another ordering.
export const hashSortKeys = (
  object: ObjectSchema,
  keys: readonly SortKey[],
): string =>
  createHash('sha256')
    .update(
      JSON.stringify([
        object.nameSingular,
        keys.map(({ leaf, direction }) => [
          leaf.field.name,
          leaf.subField,
          direction,
        ]),
      ]),
    )
    .digest('base64url')
    .slice(0, 12);
