import { type TwentyLayoutReport } from '@twenty-mcp/twenty-mcp';

// The banner's line about the Twenty database: the version found, the
// range supported, and which tokens verify.
export const describeTwentyLayout = (
  layout: TwentyLayoutReport,
  { hasAppSecret }: { hasAppSecret: boolean },
): string => {
  const hs256 = hasAppSecret
    ? 'HS256 with APP_SECRET'
    : 'HS256 tokens refused (no APP_SECRET)';

  return [
    `Twenty ${layout.detectedVersion}`,
    `(supported: ${layout.supportedRange})`,
    layout.hasSigningKeys
      ? `— ES256 tokens verified with core."signingKey", ${hs256}`
      : '— HS256 tokens (no core."signingKey": ES256 tokens refused)',
  ].join(' ');
};
