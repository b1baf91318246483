import { AUDIT_GENESIS_HASH } from '../../constants/audit-genesis-hash.const';
import { chainAuditEvents } from '../chain-audit-events.util';
import {
  formatAuditExportHeader,
  formatAuditExportRow,
} from '../format-audit-export.util';
import { verifyAuditChain } from '../verify-audit-chain.util';

const [row] = chainAuditEvents(
  [
    {
      eventId: '00000000-0000-4000-8000-000000000001',
      workspaceId: '20202020-1c25-4d02-bf25-6aeccf7ea419',
      occurredAt: new Date('2026-12-07T10:00:00.000Z'),
      kind: 'toolCall',
      principalKind: 'mcpToken',
      principalId: 'token-1',
      clientName: 'say "hi", ok',
      clientVersion: null,
      action: '=HYPERLINK("x")',
      object: 'person',
      recordIds: ['a', 'b'],
      argumentsHash: 'f'.repeat(64),
      arguments: { limit: 2 },
      outcome: 'ok',
      errorClass: null,
      durationMs: 12,
      requestId: 'req-1',
    },
  ],
  0,
  AUDIT_GENESIS_HASH,
);

describe('formatAuditExportRow', () => {
  it('should write JSON lines that verify again once parsed', () => {
    const line = formatAuditExportRow(row, 'jsonl');
    const parsed = JSON.parse(line) as typeof row & { occurredAt: string };

    expect(line.endsWith('\n')).toBe(true);
    expect(parsed).toMatchObject({ sequence: 1, recordIds: ['a', 'b'] });
    expect(
      verifyAuditChain(row.workspaceId, null, [
        { ...parsed, occurredAt: new Date(parsed.occurredAt) },
      ]).valid,
    ).toBe(true);
  });

  it('should write CSV with a header, quoting and formulas defused', () => {
    expect(formatAuditExportHeader('csv')).toMatch(/^sequence,occurredAt,/);
    expect(formatAuditExportHeader('jsonl')).toBe('');

    const line = formatAuditExportRow(row, 'csv');

    expect(line).toContain(',"say ""hi"", ok",');
    expect(line).toContain(`,"'=HYPERLINK(""x"")",person,a b,`);
    expect(line).toContain(',"{""limit"":2}",ok,,12,req-1,');
    expect(line.endsWith('\r\n')).toBe(true);
  });
});
