import { type CursorValues } from '../../../domain/records/types/cursor-values.type';

// What an opaque cursor holds, base64url-encoded JSON.
export type CursorPayload = {
  // hashSortKeys of the ordering the cursor came from
  h: string;
  v: CursorValues;
};
