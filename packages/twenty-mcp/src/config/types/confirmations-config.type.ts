// Two-phase destructive operations (docs/guardrails.md): which calls first
// answer with a preview and a confirmation token, and how long it lasts.
export type ConfirmationsConfig = {
  // A confirmation token expires this many seconds after its preview.
  ttlSeconds: number;
  // A soft delete of more ids than this asks for confirmation first; 0:
  // every soft delete does. Destroying always asks.
  softDeleteThreshold: number;
};
