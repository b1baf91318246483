import { type ObjectSchema } from '../../../../domain/workspace/types/workspace-schema.type';
import { assertSearchable } from '../../../../services/records/utils/assert-searchable.util';
import { buildSearchQueryText } from './build-search-query-text.util';

// The optional `search` of a find / aggregate: null when absent or blank.
export const prepareSearchQueryText = (
  object: ObjectSchema,
  search: string | undefined,
): string | null => {
  if (search === undefined || search.trim() === '') {
    return null;
  }

  assertSearchable(object);

  return buildSearchQueryText(search);
};
