import { isConnectionFailure } from '../is-connection-failure.util';

describe('isConnectionFailure', () => {
  it('should see socket errors and terminated connections', () => {
    expect(
      isConnectionFailure(
        Object.assign(new Error('x'), { code: 'ECONNRESET' }),
      ),
    ).toBe(true);
    expect(
      isConnectionFailure(new Error('Connection terminated unexpectedly')),
    ).toBe(true);
  });

  it("should not see a statement's own failure or the caller's error", () => {
    expect(
      isConnectionFailure(Object.assign(new Error('x'), { code: '57014' })),
    ).toBe(false);
    expect(isConnectionFailure(new Error('bad filter'))).toBe(false);
    expect(isConnectionFailure(undefined)).toBe(false);
  });
});
