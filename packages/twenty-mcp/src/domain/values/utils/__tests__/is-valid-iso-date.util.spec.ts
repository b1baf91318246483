import { isValidIsoDate } from '../is-valid-iso-date.util';

describe('isValidIsoDate', () => {
  it('should accept real calendar days', () => {
    expect(isValidIsoDate('2026-11-24')).toBe(true);
    expect(isValidIsoDate('2024-02-29')).toBe(true);
  });

  it('should reject impossible or malformed dates', () => {
    expect(isValidIsoDate('2026-02-29')).toBe(false);
    expect(isValidIsoDate('2026-13-01')).toBe(false);
    expect(isValidIsoDate('2026-1-01')).toBe(false);
    expect(isValidIsoDate('2026-11-24T00:00:00Z')).toBe(false);
  });
});
