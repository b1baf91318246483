import { describe, expect, it } from 'vitest';

import {
  buildActivitySeries,
  MAX_FILLED_BUCKETS,
} from '../build-activity-series.util';

describe('buildActivitySeries', () => {
  it('should sum the actions of a bucket per outcome and fill the empty buckets between', () => {
    expect(
      buildActivitySeries(
        [
          {
            start: '2031-03-02T12:00:00.000Z',
            action: 'get_record',
            outcome: 'ok',
            count: 1,
          },
          {
            start: '2031-03-02T10:00:00.000Z',
            action: 'find_records',
            outcome: 'ok',
            count: 4,
          },
          {
            start: '2031-03-02T10:00:00.000Z',
            action: 'create_record',
            outcome: 'client_error',
            count: 2,
          },
          {
            start: '2031-03-02T10:00:00.000Z',
            action: 'get_record',
            outcome: 'ok',
            count: 1,
          },
        ],
        'hour',
      ),
    ).toEqual([
      {
        start: '2031-03-02T10:00:00.000Z',
        counts: { ok: 5, client_error: 2 },
        total: 7,
      },
      { start: '2031-03-02T11:00:00.000Z', counts: {}, total: 0 },
      { start: '2031-03-02T12:00:00.000Z', counts: { ok: 1 }, total: 1 },
    ]);
  });

  it('should show only the buckets with events when filling would draw too many', () => {
    const series = buildActivitySeries(
      [
        {
          start: '2031-01-01T00:00:00.000Z',
          action: 'find_records',
          outcome: 'ok',
          count: 1,
        },
        {
          start: new Date(
            Date.parse('2031-01-01T00:00:00.000Z') +
              MAX_FILLED_BUCKETS * 86_400_000,
          ).toISOString(),
          action: 'find_records',
          outcome: 'ok',
          count: 1,
        },
      ],
      'day',
    );

    expect(series.map((point) => point.total)).toEqual([1, 1]);
  });

  it('should return no point for no bucket', () => {
    expect(buildActivitySeries([], 'day')).toEqual([]);
  });
});
