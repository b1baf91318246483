import { inferTwentyVersionRange } from '../infer-twenty-version-range.util';
import { type TwentyVersionMarker } from '../twenty-version-markers.const';

const without =
  (...missing: string[]) =>
  (marker: TwentyVersionMarker) =>
    !missing.includes(marker.column ?? marker.table);

describe(inferTwentyVersionRange.name, () => {
  it('should date a database holding every marker from the newest one', () => {
    expect(inferTwentyVersionRange(() => true)).toEqual({
      atLeast: '2.32.0',
      below: null,
    });
  });

  it('should bound a database without writability below 2.32', () => {
    expect(inferTwentyVersionRange(without('writability'))).toEqual({
      atLeast: '2.13.0',
      below: '2.32.0',
    });
  });

  it('should not lower the range for a dropped older marker', () => {
    expect(inferTwentyVersionRange(without('signingKey'))).toEqual({
      atLeast: '2.32.0',
      below: null,
    });
  });

  it('should say nothing about a database with no marker', () => {
    expect(inferTwentyVersionRange(() => false)).toEqual({
      atLeast: null,
      below: '1.21.0',
    });
  });
});
