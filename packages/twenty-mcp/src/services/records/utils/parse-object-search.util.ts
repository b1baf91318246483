import { type ObjectSchema } from '../../../domain/workspace/types/workspace-schema.type';
import { assertSearchable } from './assert-searchable.util';
import { requireSearchWords } from './require-search-words.util';

// The optional `search` of a find or aggregate on one object: null when
// absent or blank; else the object must be searchable and the text must
// have words.
export const parseObjectSearch = (
  object: ObjectSchema,
  search: string | undefined,
): string | null => {
  if (search === undefined || search.trim() === '') {
    return null;
  }

  assertSearchable(object);

  return requireSearchWords(search);
};
