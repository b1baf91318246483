// How Twenty signs its tokens (docs/twenty-tokens.md): HS256 with a derived
// workspace secret in every version; ES256 with a rotating instance key
// from core."signingKey" since 2.5, the key's row id in the `kid` header.
export const TWENTY_JWT = {
  legacyAlgorithm: 'HS256',
  asymmetricAlgorithm: 'ES256',
  // Public keys (and unknown kids) are cached this long: a revoked or newly
  // rotated key takes effect within it. Twenty caches its current key 60 s.
  signingKeyCacheMs: 30_000,
  signingKeyCacheEntries: 1_000,
} as const;
