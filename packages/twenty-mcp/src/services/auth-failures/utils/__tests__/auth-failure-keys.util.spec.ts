import { authFailureKeys } from '../auth-failure-keys.util';

describe('authFailureKeys', () => {
  it('should count per surface and address, and per presented credential without keeping it', () => {
    const token = `tmcp_${'a'.repeat(43)}`;
    const keys = authFailureKeys('mcp', '10.0.0.1', token);

    expect(keys[0]).toBe('mcp:address:10.0.0.1');
    expect(keys[1]).toMatch(/^mcp:credential:[\w-]{22}$/);
    expect(keys.join()).not.toContain('aaaa');
    // The same credential from another address is the same key.
    expect(authFailureKeys('mcp', '10.0.0.2', token)[1]).toBe(keys[1]);
    expect(authFailureKeys('mcp', '10.0.0.1', `${token}b`)[1]).not.toBe(
      keys[1],
    );
  });

  it('should keep surfaces apart', () => {
    expect(authFailureKeys('sign-in', '10.0.0.1')).toEqual([
      'sign-in:address:10.0.0.1',
    ]);
    expect(authFailureKeys('settings', '10.0.0.1', 'x')[0]).toBe(
      'settings:address:10.0.0.1',
    );
  });
});
