import { type McpAuditBucket } from '../types/mcp-audit-bucket.type';

export type ActivityPoint = {
  start: string;
  counts: Record<string, number>; // per outcome
  total: number;
};

const STEP_MS = { hour: 3_600_000, day: 86_400_000 } as const;

// Beyond this many hours or days the gaps are not drawn: the bars would be
// too thin to read, and only the buckets with calls are shown.
export const MAX_FILLED_BUCKETS = 180;

// One point per bucket, oldest first, summing the actions; the empty
// buckets between the first and the last are filled in so the time axis is
// even.
export const buildActivitySeries = (
  buckets: McpAuditBucket[],
  bucket: 'hour' | 'day',
): ActivityPoint[] => {
  const byStart = new Map<number, ActivityPoint>();

  for (const { start, outcome, count } of buckets) {
    const time = Date.parse(start);
    const point = byStart.get(time) ?? {
      start: new Date(time).toISOString(),
      counts: {},
      total: 0,
    };

    point.counts[outcome] = (point.counts[outcome] ?? 0) + count;
    point.total += count;
    byStart.set(time, point);
  }

  const times = [...byStart.keys()].sort((a, b) => a - b);

  if (times.length === 0) {
    return [];
  }

  const first = times[0];
  const last = times[times.length - 1];
  const slots = Math.round((last - first) / STEP_MS[bucket]) + 1;

  if (slots > MAX_FILLED_BUCKETS) {
    return times.map((time) => byStart.get(time)!);
  }

  return Array.from({ length: slots }, (_, index) => {
    const time = first + index * STEP_MS[bucket];

    return (
      byStart.get(time) ?? {
        start: new Date(time).toISOString(),
        counts: {},
        total: 0,
      }
    );
  });
};
