// Twenty's API-key tokens: type API_KEY, the key id as jti. HS256 ones are
// signed with the `API_KEY` secret; keys created before December 2025 were
// signed with the `ACCESS` secret and still verify. Since 2.5 Twenty signs
// new keys ES256 with its instance signing key instead.
export const API_KEY_JWT = {
  type: 'API_KEY',
  secretTypes: ['API_KEY', 'ACCESS'],
} as const;
