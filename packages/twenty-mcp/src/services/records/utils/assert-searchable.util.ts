import { type ObjectSchema } from '../../../domain/workspace/types/workspace-schema.type';
import { hasSearchVector } from '../../../domain/workspace/utils/has-search-vector.util';
import { invalidArgument } from '../../../domain/exceptions/utils/invalid-argument.util';

export const assertSearchable = (object: ObjectSchema): void => {
  if (!hasSearchVector(object)) {
    throw invalidArgument(
      `${object.namePlural} cannot be searched; use a filter instead`,
    );
  }
};
