import { describeTwentyVersion } from '../describe-twenty-version.util';

describe(describeTwentyVersion.name, () => {
  it('should prefer the release Twenty recorded', () => {
    expect(
      describeTwentyVersion({
        recorded: '2.47.0',
        range: { atLeast: '2.32.0', below: null },
      }),
    ).toBe('2.47.0 (recorded in core."upgradeMigration")');
  });

  it('should name both bounds of an inferred range', () => {
    expect(
      describeTwentyVersion({
        recorded: null,
        range: { atLeast: '2.13.0', below: '2.32.0' },
      }),
    ).toBe('>= 2.13.0, < 2.32.0 (inferred from the core schema)');
  });

  it('should say when nothing dates the database', () => {
    expect(
      describeTwentyVersion({
        recorded: null,
        range: { atLeast: null, below: null },
      }),
    ).toBe('unknown (no dated table or column found)');
  });
});
