import { type CursorValues } from '../../../domain/records/types/cursor-values.type';
import { type SortKey } from '../../../domain/records/types/sort-key.type';
import { invalidArgument } from '../../../domain/exceptions/utils/invalid-argument.util';
import { isPlainObject } from '../../../domain/values/utils/is-plain-object.util';
import { isValidCursorValue } from './is-valid-cursor-value.util';

const MALFORMED =
  'The "after" cursor is malformed; pass an endCursor exactly as returned';

const parsePayload = (cursor: string): unknown => {
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidArgument(MALFORMED);
  }
};

// An endCursor back into sort values, refused unless it came from this
// very ordering.
export const decodeCursor = (
  cursor: string,
  keys: readonly SortKey[],
  sortHash: string,
): CursorValues => {
  const payload = parsePayload(cursor);

  if (!isPlainObject(payload) || typeof payload.h !== 'string') {
    throw invalidArgument(MALFORMED);
  }

  if (payload.h !== sortHash) {
    throw invalidArgument(
      'The "after" cursor comes from a different ordering or object; use the same orderBy as the page it came from, or start again without "after"',
    );
  }

  const values = payload.v;

  if (
    !Array.isArray(values) ||
    values.length !== keys.length ||
    values[values.length - 1] === null ||
    !values.every(
      (value, index) =>
        value === null ||
        (typeof value === 'string' &&
          isValidCursorValue(keys[index].leaf, value)),
    )
  ) {
    throw invalidArgument(MALFORMED);
  }

  return values as CursorValues;
};
