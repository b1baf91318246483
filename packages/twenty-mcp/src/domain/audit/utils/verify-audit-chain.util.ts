import { type AuditChainAnchor } from '../types/audit-chain-anchor.type';
import { type AuditChainVerification } from '../types/audit-chain-verification.type';
import { type AuditRow } from '../types/audit-row.type';
import { createAuditChainVerifier } from './create-audit-chain-verifier.util';

// A whole chain at once (rows in sequence order).
export const verifyAuditChain = (
  workspaceId: string,
  checkpoint: AuditChainAnchor | null,
  rows: readonly AuditRow[],
): AuditChainVerification => {
  const verifier = createAuditChainVerifier(workspaceId, checkpoint);

  for (const row of rows) {
    if (!verifier.check(row)) {
      break;
    }
  }

  return verifier.finish();
};
