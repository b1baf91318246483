import { type KeyObject } from 'node:crypto';

// How a fixture token is signed, as Twenty does one or the other: HS256 with
// the workspace secret derived from APP_SECRET (every version), or ES256
// with an instance signing key whose row id is the `kid` (Twenty >= 2.5).
export type TwentyJwtSigner =
  | { kind: 'workspaceSecret'; appSecret: string }
  | { kind: 'signingKey'; id: string; privateKey: KeyObject };
