// The token type that salts a workspace's derived HS256 secret. `ACCESS` is
// also the secret Twenty signed API keys with before Dec 2025; its verifier
// still falls back to it, so fixtures mint both. `APPLICATION_ACCESS` signs
// the tokens Twenty issues to applications (OAuth clients included).
export type JwtSecretType = 'API_KEY' | 'ACCESS' | 'APPLICATION_ACCESS';
