// Twenty signs API keys HS256 with the `API_KEY` secret; keys created before
// December 2025 were signed with the `ACCESS` secret and still verify.
export const API_KEY_JWT = {
  algorithms: ['HS256'],
  secretTypes: ['API_KEY', 'ACCESS'],
} as const;
