import { describe, expect, it } from 'vitest';

import { pickLeastPrivilegedRole } from '../pick-least-privileged-role.util';

const role = (id: string, grantableScopes: string[]) => ({
  id,
  label: id,
  description: null,
  grantableScopes: grantableScopes as never[],
});

describe('pickLeastPrivilegedRole', () => {
  it('should pick the role granting the fewest scopes, the first on a tie, never one it cannot grant', () => {
    expect(
      pickLeastPrivilegedRole([
        role('admin', ['READ', 'WRITE', 'DELETE', 'DESTROY']),
        role('owner', []),
        role('sales', ['READ', 'WRITE']),
        role('support', ['READ', 'WRITE']),
      ])?.id,
    ).toBe('sales');
    expect(pickLeastPrivilegedRole([role('owner', [])])).toBeUndefined();
  });
});
