import { normalizeIsoDateTime } from '../normalize-iso-date-time.util';

describe('normalizeIsoDateTime', () => {
  it.each([
    ['2026-11-24T09:30:00.000Z', '2026-11-24T09:30:00.000Z'],
    ['2026-11-24T09:30:00Z', '2026-11-24T09:30:00Z'],
    ['2026-11-24T09:30:00+02:00', '2026-11-24T09:30:00+02:00'],
    ['2026-11-24T09:30', '2026-11-24T09:30:00Z'],
    ['2026-11-24 09:30:00.123456z', '2026-11-24T09:30:00.123456Z'],
    ['2026-11-24', '2026-11-24T00:00:00Z'],
  ])('should accept %p', (input, expected) => {
    expect(normalizeIsoDateTime(input)).toBe(expected);
  });

  it.each([
    ['2026-02-30T00:00:00Z'],
    ['2026-11-24T24:00:00Z'],
    ['2026-11-24T09:61:00Z'],
    ['24/11/2026'],
    ['tomorrow'],
    ["2026-11-24'; DROP TABLE person; --"],
  ])('should reject %p', (input) => {
    expect(normalizeIsoDateTime(input)).toBeNull();
  });
});
