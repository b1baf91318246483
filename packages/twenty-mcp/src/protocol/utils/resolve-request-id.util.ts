import { randomUUID } from 'node:crypto';

// Ids a proxy or the host may set (uuids, nginx's $request_id, ULIDs…);
// anything else could inject text into log lines, so a fresh id replaces it.
const SANE_REQUEST_ID = /^[\w.:-]{1,128}$/;

// The request's id: the one the host framework assigned (pino-http's
// req.id), else an X-Request-Id header, else a new uuid.
export const resolveRequestId = (
  assigned: unknown,
  header: string | string[] | undefined,
): string => {
  for (const candidate of [assigned, header]) {
    const value = typeof candidate === 'number' ? String(candidate) : candidate;

    if (typeof value === 'string' && SANE_REQUEST_ID.test(value)) {
      return value;
    }
  }

  return randomUUID();
};
