// Asymmetric JWS algorithms only: a shared secret would let anyone holding
// it (the resource server included) mint tokens.
export const OAUTH_SIGNING_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
];
