import { parseFilterInstant } from '../parse-filter-instant.util';

describe('parseFilterInstant', () => {
  const ns = (iso: string) => BigInt(Date.parse(iso)) * 1_000_000n;

  it.each([
    ['2026-06-15T08:30:00.000Z', '2026-06-15T08:30:00.000Z'],
    ['2026-06-15T10:30:00+02:00', '2026-06-15T08:30:00.000Z'],
    ['2026-06-15T10:30:00+0200', '2026-06-15T08:30:00.000Z'],
    ['2026-06-15T05:30-03', '2026-06-15T08:30:00.000Z'],
    ['2026-06-15T08:30', '2026-06-15T08:30:00.000Z'],
    ['2026-06-15 08:30:00', '2026-06-15T08:30:00.000Z'],
    ['2026-06-15', '2026-06-15T00:00:00.000Z'],
    ['2024-02-29', '2024-02-29T00:00:00.000Z'],
  ])('should read %s as %s, without an offset in UTC', (text, iso) => {
    expect(parseFilterInstant(text)).toBe(ns(iso));
  });

  it('should keep sub-millisecond digits and years before 100', () => {
    expect(parseFilterInstant('2026-06-15T08:30:00.000000001Z')).toBe(
      ns('2026-06-15T08:30:00.000Z') + 1n,
    );
    expect(parseFilterInstant('0050-01-01')).toBe(ns('0050-01-01T00:00:00Z'));
  });

  it.each([
    '06/15/2026',
    'June 15, 2026',
    '2026-6-15',
    '2026-02-30',
    '2023-02-29',
    '2026-13-01',
    '2026-06-15T24:00',
    '2026-06-15T08:60',
    '2026-06-15T08:30:60',
    '2026-06-15Z',
    '2026-06-15T08:30+25:00',
    '2026-06-15T08:30:00.000Z[UTC]',
    '',
  ])('should not read %j', (text) => {
    expect(parseFilterInstant(text)).toBeUndefined();
  });
});
