import { currentQuarter } from '../current-quarter.util';

describe('currentQuarter', () => {
  it('should span the calendar quarter of the date', () => {
    expect(currentQuarter(new Date('2026-11-24T10:00:00Z'))).toEqual({
      start: new Date('2026-10-01T00:00:00Z'),
      end: new Date('2027-01-01T00:00:00Z'),
    });
    expect(currentQuarter(new Date('2026-01-01T00:00:00Z')).start).toEqual(
      new Date('2026-01-01T00:00:00Z'),
    );
  });
});
