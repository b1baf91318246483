// A refused credential's reason (free text from refuseCredential, for the
// log) reduced to a few kinds: a metric label must have few values.
const KINDS: [kind: string, pattern: RegExp][] = [
  ['expired', /expired|ERR_JWT_EXPIRED/i],
  ['revoked', /revoked/i],
  ['bad_signature', /signature|ERR_JWS/i],
  [
    'malformed',
    /malformed|not a |no API key id|ERR_JWT_INVALID|ERR_JWT_CLAIM/i,
  ],
  ['unknown_credential', /not found/i],
  ['unknown_user', /user|email/i],
  ['unknown_workspace', /workspace/i],
];

export const classifyCredentialRefusal = (reason: string): string =>
  KINDS.find(([, pattern]) => pattern.test(reason))?.[0] ?? 'other';
