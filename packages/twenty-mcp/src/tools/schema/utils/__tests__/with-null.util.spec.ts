import { withNull } from '../with-null.util';

describe('withNull', () => {
  it.each([
    [{ type: 'string' as const }, { type: ['string', 'null'] }],
    [
      { type: ['string' as const, 'number' as const], pattern: '^1$' },
      { type: ['string', 'number', 'null'], pattern: '^1$' },
    ],
    [
      { type: 'string' as const, enum: ['A', 'B'] },
      { type: ['string', 'null'], enum: ['A', 'B', null] },
    ],
    [
      { type: ['string' as const, 'null' as const] },
      { type: ['string', 'null'] },
    ],
    [{}, {}],
  ])('should let %j accept null', (schema, expected) => {
    expect(withNull(schema)).toEqual(expected);
  });
});
