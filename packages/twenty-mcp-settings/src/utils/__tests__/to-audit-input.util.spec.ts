import { describe, expect, it } from 'vitest';

import { toAuditInput } from '../to-audit-input.util';

describe('toAuditInput', () => {
  it('should leave out the filters set to any', () => {
    expect(
      toAuditInput({
        since: '',
        until: '',
        action: '',
        principalId: '',
        outcome: '',
        bucket: 'day',
      }),
    ).toEqual({});
  });

  it('should take whole local days and pass the other filters as they are', () => {
    expect(
      toAuditInput({
        since: '2031-03-01',
        until: '2031-03-02',
        action: 'find_records',
        principalId: 'token-claude',
        outcome: 'client_error',
        bucket: 'hour',
      }),
    ).toEqual({
      since: new Date(2031, 2, 1, 0, 0, 0).toISOString(),
      until: new Date(2031, 2, 2, 23, 59, 59).toISOString(),
      action: 'find_records',
      principalId: 'token-claude',
      outcome: 'client_error',
    });
  });
});
