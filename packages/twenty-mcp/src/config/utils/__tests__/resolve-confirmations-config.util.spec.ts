import { DEFAULT_CONFIRMATIONS_CONFIG } from '../../constants/default-confirmations-config.const';
import { resolveConfirmationsConfig } from '../resolve-confirmations-config.util';

describe('resolveConfirmationsConfig', () => {
  it('should apply the defaults for settings not given', () => {
    expect(resolveConfirmationsConfig()).toEqual(DEFAULT_CONFIRMATIONS_CONFIG);
    expect(resolveConfirmationsConfig({ ttlSeconds: 0.05 })).toEqual({
      ...DEFAULT_CONFIRMATIONS_CONFIG,
      ttlSeconds: 0.05,
    });
    expect(
      resolveConfirmationsConfig({ softDeleteThreshold: 0 }),
    ).toMatchObject({ softDeleteThreshold: 0 });
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])(
    'should refuse a TTL of %s, naming the option',
    (value) => {
      expect(() => resolveConfirmationsConfig({ ttlSeconds: value })).toThrow(
        /confirmations\.ttlSeconds must be a positive number of seconds/,
      );
    },
  );

  it.each([-1, 1.5, Number.NaN])(
    'should refuse a soft-delete threshold of %s, naming the option',
    (value) => {
      expect(() =>
        resolveConfirmationsConfig({ softDeleteThreshold: value }),
      ).toThrow(/confirmations\.softDeleteThreshold must be a whole number/);
    },
  );
});
