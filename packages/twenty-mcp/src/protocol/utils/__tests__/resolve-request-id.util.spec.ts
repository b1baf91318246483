import { resolveRequestId } from '../resolve-request-id.util';

describe('resolveRequestId', () => {
  it('should keep the id the host assigned, else a sane X-Request-Id', () => {
    expect(resolveRequestId('req-1', 'header-1')).toBe('req-1');
    expect(resolveRequestId(7, undefined)).toBe('7');
    expect(resolveRequestId(undefined, 'a1b2c3d4e5f6')).toBe('a1b2c3d4e5f6');
  });

  it('should replace an id that could forge log text with a new uuid', () => {
    expect(resolveRequestId(undefined, 'x\n{"level":50}')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    expect(resolveRequestId(undefined, ['a', 'b'])).not.toBe('a');
  });
});
