import { TOOL_HINTS } from '../../../../tools/constants/tool-annotations.const';
import { callTierOf } from '../call-tier-of.util';

describe('callTierOf', () => {
  it('should count only read tools as reads', () => {
    expect(
      Object.fromEntries(
        Object.entries(TOOL_HINTS).map(([operation, hints]) => [
          operation,
          callTierOf(hints),
        ]),
      ),
    ).toEqual({
      read: 'read',
      create: 'write',
      update: 'write',
      delete: 'write',
      restore: 'write',
      destroy: 'write',
    });
  });

  it('should count a tool without annotations as a write', () => {
    expect(callTierOf({})).toBe('write');
  });
});
