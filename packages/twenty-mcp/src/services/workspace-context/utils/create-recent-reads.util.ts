// Reads remembered per key for `recheckMs`: a read started less than that
// ago is shared (in flight or done), a failed one is forgotten, and beyond
// `maxKeys` the least recently read key goes first.
export const createRecentReads = <T>({
  recheckMs,
  maxKeys,
}: {
  recheckMs: number;
  maxKeys: number;
}) => {
  const reads = new Map<string, { read: Promise<T>; readAt: number }>();

  const remember = (key: string, read: Promise<T>): Promise<T> => {
    const entry = { read, readAt: Date.now() };

    reads.delete(key);
    reads.set(key, entry);
    read.catch(() => {
      if (reads.get(key) === entry) {
        reads.delete(key);
      }
    });

    if (reads.size > maxKeys) {
      reads.delete(reads.keys().next().value!);
    }

    return read;
  };

  return {
    // The remembered read while it is recent, else `load()`'s, remembered.
    get: (key: string, load: () => Promise<T>): Promise<T> => {
      const known = reads.get(key);

      return known && Date.now() - known.readAt < recheckMs
        ? known.read
        : remember(key, load());
    },
    remember,
    forget: (key: string): void => {
      reads.delete(key);
    },
  };
};
