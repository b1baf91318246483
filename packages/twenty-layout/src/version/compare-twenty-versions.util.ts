const parts = (version: string): number[] =>
  version.split('.').map((part) => Number.parseInt(part, 10) || 0);

// Orders release numbers ("2.5.0" < "2.13.0"): numerically, part by part.
export const compareTwentyVersions = (left: string, right: string): number => {
  const [a, b] = [parts(left), parts(right)];

  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);

    if (difference !== 0) {
      return Math.sign(difference);
    }
  }

  return 0;
};
