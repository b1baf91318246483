import { DEFAULT_MCP_LIMITS } from '../../constants/default-mcp-limits.const';
import { resolveMcpLimits } from '../resolve-mcp-limits.util';

describe('resolveMcpLimits', () => {
  it('should apply the defaults for limits not given', () => {
    expect(resolveMcpLimits()).toEqual(DEFAULT_MCP_LIMITS);
    expect(resolveMcpLimits({ statementTimeoutMs: 500 })).toEqual({
      ...DEFAULT_MCP_LIMITS,
      statementTimeoutMs: 500,
    });
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'should refuse %s, naming the option',
    (value) => {
      expect(() => resolveMcpLimits({ maxBatchMessages: value })).toThrow(
        /limits\.maxBatchMessages must be a positive integer/,
      );
    },
  );
});
