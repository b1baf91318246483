import { pickReferencedDefs } from '../pick-referenced-defs.util';

describe('pickReferencedDefs', () => {
  it('should keep the defs a schema refers to, directly or through other defs', () => {
    const defs = {
      A: { $ref: '#/$defs/B' },
      B: { type: 'string' as const },
      C: { type: 'number' as const },
    };

    expect(
      pickReferencedDefs({
        schema: { type: 'array', items: { $ref: '#/$defs/A' } },
        defs,
      }),
    ).toEqual({ A: defs.A, B: defs.B });
  });
});
