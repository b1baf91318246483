import { describeTwentyLayout } from '../describe-twenty-layout.util';

describe('describeTwentyLayout', () => {
  const layout = {
    recordedVersion: null,
    versionRange: { atLeast: '2.32.0', below: null },
    detectedVersion: '>= 2.32.0 (inferred from the core schema)',
    supportedRange: '>= 2.13.0',
    supported: true,
    missing: [],
    hasSigningKeys: true,
  };

  it('should name the version, the supported range and which tokens verify', () => {
    expect(describeTwentyLayout(layout, { hasAppSecret: true })).toBe(
      'Twenty >= 2.32.0 (inferred from the core schema) (supported: >= 2.13.0) — ES256 tokens verified with core."signingKey", HS256 with APP_SECRET',
    );
  });

  it('should say HS256 tokens are refused without an APP_SECRET', () => {
    expect(describeTwentyLayout(layout, { hasAppSecret: false })).toMatch(
      /ES256 tokens verified with core."signingKey", HS256 tokens refused \(no APP_SECRET\)$/,
    );
  });

  it('should say ES256 tokens are refused on a database without signing keys', () => {
    expect(
      describeTwentyLayout(
        { ...layout, hasSigningKeys: false },
        { hasAppSecret: true },
      ),
    ).toMatch(/ES256 tokens refused/);
  });
});
