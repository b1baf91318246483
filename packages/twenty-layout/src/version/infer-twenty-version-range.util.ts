import { compareTwentyVersions } from './compare-twenty-versions.util';
import {
  TWENTY_VERSION_MARKERS,
  type TwentyVersionMarker,
} from './twenty-version-markers.const';

export type TwentyVersionRange = {
  // The newest release whose marker is present (null: none is).
  atLeast: string | null;
  // The oldest newer release whose marker is absent (null: all are present).
  below: string | null;
};

// Dates a database by the markers its core schema holds. A marker older
// than `atLeast` that is missing says a table or column was dropped, not
// that the database is older, so it does not lower the range.
export const inferTwentyVersionRange = (
  hasMarker: (marker: TwentyVersionMarker) => boolean,
): TwentyVersionRange => {
  const present = TWENTY_VERSION_MARKERS.filter(hasMarker).map(
    ({ since }) => since,
  );
  const atLeast = present.sort(compareTwentyVersions).at(-1) ?? null;
  const below =
    TWENTY_VERSION_MARKERS.filter((marker) => !hasMarker(marker))
      .map(({ since }) => since)
      .filter(
        (since) =>
          atLeast === null || compareTwentyVersions(since, atLeast) > 0,
      )
      .sort(compareTwentyVersions)[0] ?? null;

  return { atLeast, below };
};
