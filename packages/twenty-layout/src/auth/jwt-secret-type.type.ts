// `ACCESS` is the secret Twenty signed API keys with before Dec 2025; its
// verifier still falls back to it, so fixtures mint both.
export type JwtSecretType = 'API_KEY' | 'ACCESS';
