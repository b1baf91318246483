// Who may use a confirmation token and for what: the principal that asked
// for the preview, in its workspace, and the operation's hash.
export type ConfirmationClaim = {
  tokenHash: string;
  workspaceId: string;
  principalKind: string;
  credentialId: string;
  operationHash: string;
};
