// Client mistakes are logged, but a client repeating one must not flood
// the log: a token bucket per key (e.g. client address + kind of mistake).
// `take(key)` says whether to log now and how many lines of that key were
// held back since the last one written.
export type LogThrottle = {
  take: (key: string, now?: number) => { log: boolean; suppressed: number };
};

type Bucket = { tokens: number; updatedAt: number; suppressed: number };

// Beyond this many keys the oldest are forgotten, so distinct keys (one
// per address) cannot grow memory without bound.
const MAX_KEYS = 10_000;

export const createLogThrottle = ({
  burst = 5,
  perMinute = 6,
}: { burst?: number; perMinute?: number } = {}): LogThrottle => {
  const buckets = new Map<string, Bucket>();
  const refillPerMs = perMinute / 60_000;

  return {
    take: (key, now = Date.now()) => {
      const bucket = buckets.get(key) ?? {
        tokens: burst,
        updatedAt: now,
        suppressed: 0,
      };

      bucket.tokens = Math.min(
        burst,
        bucket.tokens + (now - bucket.updatedAt) * refillPerMs,
      );
      bucket.updatedAt = now;
      // Re-inserted: the Map's order is then least recently used first.
      buckets.delete(key);
      buckets.set(key, bucket);

      if (buckets.size > MAX_KEYS) {
        buckets.delete(buckets.keys().next().value!);
      }

      if (bucket.tokens < 1) {
        bucket.suppressed += 1;

        return { log: false, suppressed: bucket.suppressed };
      }

      bucket.tokens -= 1;
      const suppressed = bucket.suppressed;

      bucket.suppressed = 0;

      return { log: true, suppressed };
    },
  };
};
