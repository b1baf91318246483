import { countTokens } from '../count-tokens.util';

describe('countTokens', () => {
  it('should count o200k_base tokens of compact JSON', () => {
    expect(countTokens({ type: 'object' })).toBe(5);
    expect(countTokens('hello world')).toBe(4);
    expect(countTokens(undefined)).toBe(0);
  });

  it('should grow with the schema', () => {
    const small = countTokens({ type: 'string' });
    const large = countTokens({
      type: 'string',
      enum: ['NEW', 'SCREENING', 'MEETING', 'PROPOSAL', 'CUSTOMER'],
    });

    expect(large).toBeGreaterThan(small);
  });
});
