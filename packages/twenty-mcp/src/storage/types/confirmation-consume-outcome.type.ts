// How consuming a confirmation token ended: only `consumed` lets the
// operation run; the others say why not.
export type ConfirmationConsumeOutcome =
  | 'consumed'
  // No such token (never issued, or expired and cleaned up).
  | 'unknown'
  // Issued to another credential or in another workspace.
  | 'foreign'
  | 'alreadyUsed'
  | 'expired'
  // Issued for other arguments.
  | 'mismatch';
