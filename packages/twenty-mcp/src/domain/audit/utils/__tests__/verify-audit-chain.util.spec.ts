import { AUDIT_GENESIS_HASH } from '../../constants/audit-genesis-hash.const';
import { type AuditEvent } from '../../types/audit-event.type';
import { type AuditRow } from '../../types/audit-row.type';
import { chainAuditEvents } from '../chain-audit-events.util';
import { hashAuditRow } from '../hash-audit-row.util';
import { verifyAuditChain } from '../verify-audit-chain.util';

const WORKSPACE = '20202020-1c25-4d02-bf25-6aeccf7ea419';

const event = (index: number): AuditEvent => ({
  eventId: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
  workspaceId: WORKSPACE,
  occurredAt: new Date(Date.UTC(2026, 11, 7, 10, 0, index)),
  kind: 'toolCall',
  principalKind: 'mcpToken',
  principalId: '11111111-1111-4111-8111-111111111111',
  clientName: 'test-client',
  clientVersion: '1.0.0',
  action: 'find_records',
  object: 'person',
  recordIds: [`r-${index}`],
  argumentsHash: 'a'.repeat(64),
  arguments: null,
  outcome: 'ok',
  errorClass: null,
  durationMs: index,
  requestId: `req-${index}`,
});

const chainOf = (count: number): AuditRow[] =>
  chainAuditEvents(
    Array.from({ length: count }, (_, index) => event(index + 1)),
    0,
    AUDIT_GENESIS_HASH,
  );

describe('verifyAuditChain', () => {
  it('should accept an intact chain and report its head', () => {
    const rows = chainOf(5);

    expect(verifyAuditChain(WORKSPACE, null, rows)).toEqual({
      valid: true,
      checkedRows: 5,
      prunedThroughSequence: 0,
      firstSequence: 1,
      lastSequence: 5,
      headHash: rows[4].hash,
      firstBadSequence: null,
      problem: null,
    });
  });

  it('should accept an empty chain', () => {
    expect(verifyAuditChain(WORKSPACE, null, [])).toMatchObject({
      valid: true,
      checkedRows: 0,
      headHash: null,
    });
  });

  it('should chain appended batches like one batch', () => {
    const first = chainOf(2);
    const rest = chainAuditEvents([event(3)], 2, first[1].hash);

    expect(rest[0].hash).toBe(chainOf(3)[2].hash);
  });

  it('should name an edited row', () => {
    const rows = chainOf(5);

    rows[2] = { ...rows[2], outcome: 'client_error' };

    expect(verifyAuditChain(WORKSPACE, null, rows)).toMatchObject({
      valid: false,
      checkedRows: 2,
      firstBadSequence: 3,
      problem: 'row 3 does not match its hash (edited)',
    });
  });

  it('should name the row after one edited with its hash recomputed', () => {
    const rows = chainOf(5);
    const edited = { ...rows[2], recordIds: [] };

    rows[2] = {
      ...edited,
      hash: hashAuditRow(edited, edited.sequence, edited.prevHash),
    };

    expect(verifyAuditChain(WORKSPACE, null, rows)).toMatchObject({
      valid: false,
      firstBadSequence: 4,
    });
  });

  it('should name a deleted row by its sequence', () => {
    const rows = chainOf(5);

    expect(
      verifyAuditChain(WORKSPACE, null, [
        ...rows.slice(0, 1),
        ...rows.slice(2),
      ]),
    ).toMatchObject({
      valid: false,
      firstBadSequence: 2,
      problem: 'row 2 is missing',
    });
  });

  it('should detect rows deleted at the head', () => {
    expect(
      verifyAuditChain(WORKSPACE, null, chainOf(5).slice(2)),
    ).toMatchObject({
      valid: false,
      firstBadSequence: 1,
      problem: 'rows 1 to 2 are missing',
    });
  });

  it('should name a reordered row', () => {
    const rows = chainOf(5);
    // Contents of rows 2 and 3 swapped, sequences kept.
    const swapped = [
      rows[0],
      { ...rows[2], sequence: 2 },
      { ...rows[1], sequence: 3 },
      rows[3],
      rows[4],
    ];

    expect(verifyAuditChain(WORKSPACE, null, swapped)).toMatchObject({
      valid: false,
      firstBadSequence: 2,
    });
  });

  it('should refuse a row of another workspace', () => {
    const rows = chainOf(2);

    expect(
      verifyAuditChain('30303030-0000-4000-8000-000000000000', null, rows),
    ).toMatchObject({ valid: false, firstBadSequence: 1 });
  });

  describe('after retention', () => {
    // Rows 1-3 pruned; row 6 records it.
    const pruneRows = () => {
      const rows = chainOf(5);
      const [prune] = chainAuditEvents(
        [
          {
            ...event(6),
            kind: 'retentionPrune',
            arguments: {
              prunedThroughSequence: 3,
              anchorHash: rows[2].hash,
              retentionDays: 30,
            },
          },
        ],
        5,
        rows[4].hash,
      );

      return {
        checkpoint: { prunedThroughSequence: 3, anchorHash: rows[2].hash },
        retained: [...rows.slice(3), prune],
      };
    };

    it('should accept a chain starting at a confirmed checkpoint', () => {
      const { checkpoint, retained } = pruneRows();

      expect(verifyAuditChain(WORKSPACE, checkpoint, retained)).toMatchObject({
        valid: true,
        checkedRows: 3,
        prunedThroughSequence: 3,
        firstSequence: 4,
        lastSequence: 6,
      });
    });

    it('should detect rows deleted after the checkpoint', () => {
      const { checkpoint, retained } = pruneRows();

      expect(
        verifyAuditChain(WORKSPACE, checkpoint, retained.slice(1)),
      ).toMatchObject({ valid: false, firstBadSequence: 4 });
    });

    it('should refuse a checkpoint moved forward without a retention event', () => {
      const { retained } = pruneRows();

      expect(
        verifyAuditChain(
          WORKSPACE,
          { prunedThroughSequence: 4, anchorHash: retained[0].hash },
          retained.slice(1),
        ),
      ).toMatchObject({
        valid: false,
        firstBadSequence: 5,
        problem:
          'no retention event in the chain confirms that rows up to 4 were pruned',
      });
    });

    it('should refuse pruned rows without a checkpoint', () => {
      const { retained } = pruneRows();

      expect(verifyAuditChain(WORKSPACE, null, retained)).toMatchObject({
        valid: false,
        firstBadSequence: 1,
      });
    });
  });
});
