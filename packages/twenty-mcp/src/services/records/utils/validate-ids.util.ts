import { QUERY_LIMITS } from '../../../domain/records/constants/query-limits.const';
import { invalidArgument } from '../../../domain/exceptions/utils/invalid-argument.util';
import { isUuid } from '../../../domain/values/utils/is-uuid.util';
import { limitExceeded } from '../../../domain/exceptions/utils/limit-exceeded.util';

// Record ids of one call: uuids, at least one, at most maxIdsPerCall,
// duplicates dropped.
export const validateIds = (ids: readonly unknown[]): string[] => {
  if (ids.length === 0) {
    throw invalidArgument('Pass at least one id');
  }

  if (ids.length > QUERY_LIMITS.maxIdsPerCall) {
    throw limitExceeded(`At most ${QUERY_LIMITS.maxIdsPerCall} ids per call`);
  }

  const invalid = ids.find((id) => !isUuid(id));

  if (invalid !== undefined) {
    throw invalidArgument(`"${String(invalid)}" is not a record id (uuid)`);
  }

  return [...new Set((ids as string[]).map((id) => id.toLowerCase()))];
};
