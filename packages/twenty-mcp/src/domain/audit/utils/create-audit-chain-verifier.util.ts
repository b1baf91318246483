import { AUDIT_GENESIS_HASH } from '../constants/audit-genesis-hash.const';
import { type AuditChainAnchor } from '../types/audit-chain-anchor.type';
import { type AuditChainVerification } from '../types/audit-chain-verification.type';
import { type AuditPruneDetails } from '../types/audit-prune-details.type';
import { type AuditRow } from '../types/audit-row.type';
import { hashAuditRow } from './hash-audit-row.util';

// Checks one workspace's chain row by row, in sequence order, so a long
// chain streams through it: each row must follow the previous one's
// sequence, link to its hash and hash to what it stores. The chain starts
// at the genesis, or at a retention checkpoint that a retentionPrune event
// inside the remaining chain confirms — so rows deleted at the head are
// detected unless that deletion was retention's own.
export const createAuditChainVerifier = (
  workspaceId: string,
  checkpoint: AuditChainAnchor | null,
) => {
  const pruned = checkpoint?.prunedThroughSequence ?? 0;
  let expectedSequence = pruned + 1;
  let prevHash = checkpoint?.anchorHash ?? AUDIT_GENESIS_HASH;
  let checkedRows = 0;
  let firstSequence: number | null = null;
  let lastPrune: AuditPruneDetails | null = null;
  let failure: { sequence: number; problem: string } | null = null;

  const fail = (sequence: number, problem: string) => {
    failure = { sequence, problem };
  };

  const check = (row: AuditRow): boolean => {
    if (failure) {
      return false;
    }

    firstSequence ??= row.sequence;

    if (row.sequence > expectedSequence) {
      fail(
        expectedSequence,
        row.sequence - expectedSequence === 1
          ? `row ${expectedSequence} is missing`
          : `rows ${expectedSequence} to ${row.sequence - 1} are missing`,
      );
    } else if (row.sequence < expectedSequence) {
      fail(row.sequence, `row ${row.sequence} is out of order`);
    } else if (row.workspaceId !== workspaceId) {
      fail(row.sequence, `row ${row.sequence} belongs to another workspace`);
    } else if (row.prevHash !== prevHash) {
      fail(
        row.sequence,
        row.sequence === pruned + 1
          ? `row ${row.sequence} does not link to the chain's start`
          : `row ${row.sequence} does not link to row ${row.sequence - 1} (removed, replaced or reordered)`,
      );
    } else if (hashAuditRow(row, row.sequence, row.prevHash) !== row.hash) {
      fail(
        row.sequence,
        `row ${row.sequence} does not match its hash (edited)`,
      );
    }

    if (failure) {
      return false;
    }

    if (row.kind === 'retentionPrune') {
      lastPrune = row.arguments as AuditPruneDetails;
    }

    checkedRows += 1;
    expectedSequence = row.sequence + 1;
    prevHash = row.hash;

    return true;
  };

  const finish = (): AuditChainVerification => {
    const confirmed = lastPrune as AuditPruneDetails | null;

    if (
      !failure &&
      checkpoint &&
      (confirmed?.prunedThroughSequence !== checkpoint.prunedThroughSequence ||
        confirmed?.anchorHash !== checkpoint.anchorHash)
    ) {
      fail(
        pruned + 1,
        `no retention event in the chain confirms that rows up to ${pruned} were pruned`,
      );
    }

    const bad = failure as { sequence: number; problem: string } | null;

    return {
      valid: bad === null,
      checkedRows,
      prunedThroughSequence: pruned,
      firstSequence,
      lastSequence: checkedRows > 0 ? expectedSequence - 1 : null,
      headHash: checkedRows > 0 ? prevHash : null,
      firstBadSequence: bad?.sequence ?? null,
      problem: bad?.problem ?? null,
    };
  };

  return { check, finish };
};
