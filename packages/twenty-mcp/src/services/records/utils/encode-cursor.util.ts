import { type CursorPayload } from '../types/cursor-payload.type';
import { type CursorValues } from '../../../domain/records/types/cursor-values.type';

export const encodeCursor = (
  sortHash: string,
  values: CursorValues,
): string => {
  const payload: CursorPayload = { h: sortHash, v: values };

  return Buffer.from(JSON.stringify(payload)).toString('base64url');
};
