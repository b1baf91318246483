// A create call's idempotency key, scoped to the credential that sent it:
// the same key from another credential is another key.
export type IdempotencyClaim = {
  workspaceId: string;
  credentialId: string;
  key: string;
  // SHA-256 of the call's canonical arguments: a retry must repeat them.
  argumentsHash: string;
  lifetimeSeconds: number;
};
