// Levenshtein distance, for "did you mean" suggestions.
const distance = (a: string, b: string): number => {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);

  for (let i = 1; i <= a.length; i++) {
    const current = [i];

    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }

    previous = current;
  }

  return previous[b.length];
};

// The candidate a typo most likely meant: a few edits away at most (a third
// of the name), else none.
export const closestName = (
  name: string,
  candidates: readonly string[],
): string | undefined => {
  const limit = Math.max(2, Math.floor(name.length / 3));
  let best: { candidate: string; distance: number } | undefined;

  for (const candidate of candidates) {
    const edits = distance(name.toUpperCase(), candidate.toUpperCase());

    if (edits <= limit && (!best || edits < best.distance)) {
      best = { candidate, distance: edits };
    }
  }

  return best?.candidate;
};
