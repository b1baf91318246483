import { parseRatingRank } from '../parse-rating-rank.util';

describe('parseRatingRank', () => {
  it.each([
    ['RATING_4', 4],
    [3, 3],
    ['2', 2],
    [Number.NaN, undefined],
    ['RATING_X', undefined],
    ['', undefined],
    [null, undefined],
    [['RATING_1'], undefined],
  ])('%j → %j', (value, rank) => {
    expect(parseRatingRank(value)).toBe(rank);
  });
});
