import { describe, expect, it } from 'vitest';

import { sumCountsBy } from '../sum-counts-by.util';

describe('sumCountsBy', () => {
  it('should total per key, largest first and ties by key', () => {
    expect(
      sumCountsBy(
        [
          { action: 'get_record', count: 2 },
          { action: 'find_records', count: 1 },
          { action: 'get_record', count: 1 },
          { action: 'create_record', count: 1 },
        ],
        ({ action }) => action,
        ({ count }) => count,
      ),
    ).toEqual([
      { key: 'get_record', count: 3 },
      { key: 'create_record', count: 1 },
      { key: 'find_records', count: 1 },
    ]);
  });
});
