import { type ObjectSchema } from '../../ports/types/workspace-schema.type';
import { hasSearchVector } from './has-search-vector.util';
import { invalidArgument } from './invalid-argument.util';

export const assertSearchable = (object: ObjectSchema): void => {
  if (!hasSearchVector(object)) {
    throw invalidArgument(
      `${object.namePlural} cannot be searched; use a filter instead`,
    );
  }
};
